using HalloBot.Domain.OpeningHours;
using HalloBot.Search;
using HalloBot.Search.Contract;
using HalloBot.Search.Lucene;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static HalloBot.SearchTests.Contract.ContractDocuments;

namespace HalloBot.SearchTests.Lucene;

/// <summary>What only the embedded index does: its folder, generations and the changes made during a rebuild.</summary>
public sealed class LuceneSearchIndexTests : IDisposable
{
    private readonly LuceneTestIndexes _indexes = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "hallobot-search-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Open_ExistingFolder_KeepsTheDocuments()
    {
        using (var first = new LuceneSearchIndex(_folder, OpeningHoursCalendar.Bottrop, Search.Analysis.GermanTextAnalysis.Default, LuceneTestIndexes.SynonymList))
        {
            await first.UpsertAsync(Standard(), CancellationToken.None);
        }

        var reopened = _indexes.Create(_folder);
        Assert.Equal(6, await reopened.CountAsync(CancellationToken.None));
        Assert.Equal(2, (await reopened.SearchAsync(new SearchQuery { Text = "apotheke" }, CancellationToken.None)).Total);
    }

    [Fact]
    public async Task Rebuild_ChangesDuringRebuild_AreKeptInTheNewIndex()
    {
        var index = _indexes.Create(_folder);
        await index.UpsertAsync(Standard(), CancellationToken.None);
        var halfway = new TaskCompletionSource();
        var resume = new TaskCompletionSource();

        async IAsyncEnumerable<SearchDocument> Snapshot()
        {
            yield return Document(1, "Bäckerei Overbeck (alt)", [Baeckerei], Stadtmitte);
            yield return Document(4, "Stadt-Apotheke", [Apotheke], Stadtmitte);
            halfway.SetResult();
            await resume.Task;
        }

        var rebuild = index.RebuildAsync(Snapshot(), null, CancellationToken.None);
        await halfway.Task;
        await index.UpsertAsync([Document(1, "Bäckerei Overbeck Neu", [Baeckerei], Stadtmitte)], CancellationToken.None);
        await index.DeleteAsync([4], CancellationToken.None);
        resume.SetResult();
        await rebuild;

        var all = await index.SearchAsync(new SearchQuery(), CancellationToken.None);
        Assert.Equal([1], all.Hits.Select(h => h.ListingId));
        Assert.Equal(1, (await index.SearchAsync(new SearchQuery { Text = "neu" }, CancellationToken.None)).Total);
    }

    [Fact]
    public async Task Rebuild_Completed_LeavesOnlyTheNewGenerationFolder()
    {
        var index = _indexes.Create(_folder);
        await index.UpsertAsync(Standard(), CancellationToken.None);
        var before = Directory.GetDirectories(_folder).Single();

        await index.RebuildAsync(AsAsync(Standard().Take(2)), null, CancellationToken.None);

        var after = Directory.GetDirectories(_folder).Single();
        Assert.NotEqual(before, after);
        Assert.Equal(Path.GetFileName(after), File.ReadAllText(Path.Combine(_folder, "current")).Trim());
    }

    [Fact]
    public async Task Rebuild_SourceFails_OldIndexKeepsAnswering()
    {
        var index = _indexes.Create(_folder);
        await index.UpsertAsync(Standard(), CancellationToken.None);

        async IAsyncEnumerable<SearchDocument> Failing()
        {
            yield return Document(10, "Neu", [Apotheke], Eigen);
            await Task.Yield();
            throw new IOException("database went away");
        }

        await Assert.ThrowsAsync<IOException>(() => index.RebuildAsync(Failing(), null, CancellationToken.None));
        Assert.Equal(6, await index.CountAsync(CancellationToken.None));
        Assert.Single(Directory.GetDirectories(_folder));
    }

    [Fact]
    public async Task AddHalloBotSearch_DefaultProvider_RegistersTheLuceneIndex()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton(OpeningHoursCalendar.Bottrop);
        builder.AddHalloBotSearch(_folder);
        using var host = builder.Build();

        var index = host.Services.GetRequiredService<ISearchIndex>();
        Assert.IsType<LuceneSearchIndex>(index);
        await index.UpsertAsync(Standard(), CancellationToken.None);
        Assert.Equal(6, await index.CountAsync(CancellationToken.None));
    }

    [Fact]
    public void AddHalloBotSearch_UnknownProvider_NamesTheSetting()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection([new KeyValuePair<string, string?>("HalloBot:Search:Provider", "Solr")]);

        var error = Assert.Throws<InvalidOperationException>(() => builder.AddHalloBotSearch(_folder));
        Assert.Contains("HalloBot:Search:Provider", error.Message, StringComparison.Ordinal);
        Assert.Contains("Solr", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _indexes.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
