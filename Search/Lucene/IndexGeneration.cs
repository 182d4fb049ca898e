using HalloBot.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace HalloBot.Search.Lucene;

/// <summary>
/// One physical index: a folder under the index root with its writer and near-real-time searcher manager.
/// A rebuild creates a new generation beside the current one; the pointer file names the current one.
/// </summary>
internal sealed class IndexGeneration : IDisposable
{
    internal static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;
    private static readonly Similarity Similarity = new BM25Similarity();

    private IndexGeneration(string name, string path, LuceneDirectory directory, IndexWriter writer)
    {
        Name = name;
        Path = path;
        Directory = directory;
        Writer = writer;
    }

    public string Name { get; }
    public string Path { get; }
    public LuceneDirectory Directory { get; }
    public IndexWriter Writer { get; }
    public SearcherManager? Searchers { get; private set; }

    public static IndexGeneration Open(string root, string name, GermanTextAnalysis analysis, bool create, double ramBufferMb)
    {
        var path = System.IO.Path.Combine(root, name);
        System.IO.Directory.CreateDirectory(path);
        var directory = FSDirectory.Open(path);
        try
        {
            var config = new IndexWriterConfig(Version, new GermanLuceneAnalyzer(analysis))
            {
                OpenMode = create ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND,
                Similarity = Similarity,
                RAMBufferSizeMB = ramBufferMb,
            };
            return new IndexGeneration(name, path, directory, new IndexWriter(directory, config));
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>Starts answering searches (a new generation only after it is complete).</summary>
    public void StartSearching()
    {
        Writer.Commit();
        Searchers = new SearcherManager(Writer, true, new Bm25SearcherFactory());
    }

    public void Dispose()
    {
        Searchers?.Dispose();
        Writer.Dispose();
        Directory.Dispose();
    }

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Similarity };
    }
}
