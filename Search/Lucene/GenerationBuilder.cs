using HalloBot.Search.Analysis;
using HalloBot.Search.Contract;

namespace HalloBot.Search.Lucene;

/// <summary>
/// Builds a complete new generation beside the current one, then moves the pointer to it. It never touches the current
/// generation, whose writer belongs to the site: the site follows the pointer (<see cref="LuceneSearchIndex"/>).
/// </summary>
internal static class GenerationBuilder
{
    private const double RamBufferMb = 96;
    private const int ProgressInterval = 1000;

    /// <returns>The new generation's name, now in the pointer.</returns>
    public static async Task<string> BuildAsync(
        string root, GermanTextAnalysis analysis, IAsyncEnumerable<SearchDocument> documents, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(root);
        var name = IndexPointer.NewGenerationName();

        // Claimed before the first document is read: a site write that misses the marker carries a state read before
        // that, which the documents cover.
        using var marker = RebuildMarker.Claim(root, name);
        var complete = false;
        try
        {
            var count = 0;
            using (var next = IndexGeneration.Open(root, name, analysis, create: true, RamBufferMb))
            {
                await foreach (var document in documents.WithCancellation(cancellationToken))
                {
                    next.Writer.AddDocument(LuceneDocumentMapper.ToDocument(document));
                    if (++count % ProgressInterval == 0)
                    {
                        progress?.Report(count);
                    }
                }

                next.Writer.Commit();
            }

            IndexPointer.Write(root, name);
            complete = true;
            progress?.Report(count);
            return name;
        }
        finally
        {
            if (!complete)
            {
                IndexPointer.TryDelete(Path.Combine(root, name));
            }
        }
    }
}
