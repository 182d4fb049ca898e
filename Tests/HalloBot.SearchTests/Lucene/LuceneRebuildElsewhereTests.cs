using HalloBot.Domain.OpeningHours;
using HalloBot.Search.Analysis;
using HalloBot.Search.Contract;
using HalloBot.Search.Lucene;
using static HalloBot.SearchTests.Contract.ContractDocuments;

namespace HalloBot.SearchTests.Lucene;

/// <summary>
/// A rebuild by another process (<c>reindex</c> beside the running site), played here by a <see cref="LuceneRebuildOnlyIndex"/>
/// on the same folder: the site follows the pointer, keeps what it wrote meanwhile, and no one deletes a folder in use.
/// </summary>
public sealed class LuceneRebuildElsewhereTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "hallobot-search-" + Guid.NewGuid().ToString("N"));
    private readonly List<LuceneSearchIndex> _sites = [];

    [Fact]
    public async Task FollowPointer_AfterRebuildElsewhereWithEditsMeanwhile_AnswersFromTheNewGenerationWithTheEditsAndDeletesTheOld()
    {
        var site = OpenSite();
        await site.UpsertAsync(Standard(), CancellationToken.None);
        var oldGeneration = site.CurrentGeneration;
        var databaseAsReadByTheCommand = new PausedRead(
            Document(1, "Bäckerei Overbeck (alt)", [Baeckerei], Stadtmitte), Document(4, "Stadt-Apotheke", [Apotheke], Stadtmitte));
        var rebuild = new LuceneRebuildOnlyIndex(_folder, GermanTextAnalysis.Default).RebuildAsync(databaseAsReadByTheCommand.Documents(), null, CancellationToken.None);
        await databaseAsReadByTheCommand.Halfway;
        await site.UpsertAsync([Document(1, "Bäckerei Overbeck Neu", [Baeckerei], Stadtmitte)], CancellationToken.None);
        await site.DeleteAsync([4], CancellationToken.None);
        databaseAsReadByTheCommand.Resume();
        await rebuild;

        // The command has moved the pointer; until the site looks, it answers from the generation it has open.
        Assert.Equal(oldGeneration, site.CurrentGeneration);
        Assert.Equal(5, await site.CountAsync(CancellationToken.None));

        site.FollowPointer();

        Assert.NotEqual(oldGeneration, site.CurrentGeneration);
        Assert.Equal([1], (await site.SearchAsync(new SearchQuery(), CancellationToken.None)).Hits.Select(h => h.ListingId));
        Assert.Equal(1, (await site.SearchAsync(new SearchQuery { Text = "neu" }, CancellationToken.None)).Total);
        Assert.Equal([site.CurrentGeneration], GenerationFolders());
        Assert.False(File.Exists(Path.Combine(_folder, "rebuilding")));
    }

    [Theory]
    [InlineData(5, true)] // another .NET process on Linux reads the same start a few milliseconds apart
    [InlineData(-5, true)]
    [InlineData(-3_600_000, false)] // the id now belongs to a process started an hour later than the marker's
    public void LiveGeneration_MarkerWrittenByAnotherProcess_JudgesByStartTimeWithinASecond(int startOffsetMs, bool live)
    {
        Directory.CreateDirectory(_folder);
        var marker = Path.Combine(_folder, "rebuilding");
        using (var self = System.Diagnostics.Process.GetCurrentProcess())
        {
            var start = self.StartTime.ToUniversalTime().Ticks + (startOffsetMs * TimeSpan.TicksPerMillisecond);
            File.WriteAllText(marker, $"gen-elsewhere\n{self.Id}\n{start}\n");
        }

        var generation = RebuildMarker.LiveGeneration(_folder);

        Assert.Equal(live ? "gen-elsewhere" : null, generation);
        Assert.Equal(live, File.Exists(marker));
    }

    [Fact]
    public async Task Upsert_AfterRebuildElsewhere_FollowsThePointerBeforeWriting()
    {
        var site = OpenSite();
        await site.UpsertAsync(Standard(), CancellationToken.None);
        await new LuceneRebuildOnlyIndex(_folder, GermanTextAnalysis.Default).RebuildAsync(AsAsync(Standard().Take(2)), null, CancellationToken.None);

        await site.UpsertAsync([Document(10, "Neues Café", [Apotheke], Eigen)], CancellationToken.None);

        Assert.Equal(3, await site.CountAsync(CancellationToken.None));
        Assert.Equal([site.CurrentGeneration], GenerationFolders());
    }

    [Fact]
    public async Task Open_WhileAnotherProcessBuilds_KeepsTheHalfBuiltFolderAndLaterFollows()
    {
        using (var before = new LuceneSearchIndex(_folder, OpeningHoursCalendar.Bottrop, GermanTextAnalysis.Default, LuceneTestIndexes.SynonymList))
        {
            await before.UpsertAsync(Standard(), CancellationToken.None);
        }

        var paused = new PausedRead(Document(1, "Bäckerei Overbeck", [Baeckerei], Stadtmitte));
        var rebuild = new LuceneRebuildOnlyIndex(_folder, GermanTextAnalysis.Default).RebuildAsync(paused.Documents(), null, CancellationToken.None);
        await paused.Halfway;
        var halfBuilt = GenerationFolders();

        var site = OpenSite();

        Assert.Equal(halfBuilt, GenerationFolders());
        Assert.Equal(6, await site.CountAsync(CancellationToken.None));
        paused.Resume();
        await rebuild;
        site.FollowPointer();
        Assert.Equal(1, await site.CountAsync(CancellationToken.None));
        Assert.Single(GenerationFolders());
    }

    [Fact]
    public async Task Open_AfterACrashedRebuild_RemovesItsFolderAndMarkerAndKeepsTheIndex()
    {
        using (var before = new LuceneSearchIndex(_folder, OpeningHoursCalendar.Bottrop, GermanTextAnalysis.Default, LuceneTestIndexes.SynonymList))
        {
            await before.UpsertAsync(Standard(), CancellationToken.None);
        }

        // What a reindex killed halfway leaves: its folder, and a marker naming a process that is gone (this id, but
        // started at another time: as when the id has been given to a later process).
        const string crashed = "gen-20260101000000000-deadbeef";
        Directory.CreateDirectory(Path.Combine(_folder, crashed));
        File.WriteAllText(Path.Combine(_folder, "rebuilding"), $"{crashed}\n{Environment.ProcessId}\n1\n");

        var site = OpenSite();

        Assert.Equal(6, await site.CountAsync(CancellationToken.None));
        Assert.Equal([site.CurrentGeneration], GenerationFolders());
        Assert.False(File.Exists(Path.Combine(_folder, "rebuilding")));
    }

    [Fact]
    public async Task DeleteStale_RebuildCrashedOnceItHadMovedThePointer_KeepsThePointedGenerationForTheSite()
    {
        var site = OpenSite();
        await site.UpsertAsync(Standard(), CancellationToken.None);
        await new LuceneRebuildOnlyIndex(_folder, GermanTextAnalysis.Default).RebuildAsync(AsAsync(Standard().Take(2)), null, CancellationToken.None);
        var rebuilt = File.ReadAllText(Path.Combine(_folder, "current")).Trim();

        // The clean-up after a crashed rebuild, run before the site has followed the pointer.
        IndexPointer.DeleteStale(_folder, site.CurrentGeneration, keep: null);

        Assert.Contains(rebuilt, GenerationFolders());
        site.FollowPointer();
        Assert.Equal(rebuilt, site.CurrentGeneration);
        Assert.Equal(2, await site.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task RebuildOnly_WhileAnotherRebuildRuns_IsRefusedAndTheFirstCompletes()
    {
        OpenSite();
        var paused = new PausedRead(Document(1, "Bäckerei Overbeck", [Baeckerei], Stadtmitte));
        var first = new LuceneRebuildOnlyIndex(_folder, GermanTextAnalysis.Default).RebuildAsync(paused.Documents(), null, CancellationToken.None);
        await paused.Halfway;

        var second = new LuceneRebuildOnlyIndex(_folder, GermanTextAnalysis.Default);
        await Assert.ThrowsAsync<InvalidOperationException>(() => second.RebuildAsync(AsAsync(Standard()), null, CancellationToken.None));
        paused.Resume();
        await first;
    }

    [Fact]
    public async Task RebuildOnly_SourceFails_LeavesThePointerAndRemovesItsFolder()
    {
        var site = OpenSite();
        await site.UpsertAsync(Standard(), CancellationToken.None);

        async IAsyncEnumerable<SearchDocument> Failing()
        {
            yield return Document(10, "Neu", [Apotheke], Eigen);
            await Task.Yield();
            throw new IOException("database went away");
        }

        await Assert.ThrowsAsync<IOException>(() => new LuceneRebuildOnlyIndex(_folder, GermanTextAnalysis.Default).RebuildAsync(Failing(), null, CancellationToken.None));

        site.FollowPointer();
        Assert.Equal(6, await site.CountAsync(CancellationToken.None));
        Assert.Equal([site.CurrentGeneration], GenerationFolders());
        Assert.False(File.Exists(Path.Combine(_folder, "rebuilding")));
    }

    /// <summary>The site's index, looking at the pointer only when told to (or before a write): the tests decide when.</summary>
    private LuceneSearchIndex OpenSite()
    {
        var site = new LuceneSearchIndex(
            _folder, OpeningHoursCalendar.Bottrop, GermanTextAnalysis.Default, LuceneTestIndexes.SynonymList, pointerCheckInterval: Timeout.InfiniteTimeSpan);
        _sites.Add(site);
        return site;
    }

    private string[] GenerationFolders() =>
        [.. Directory.GetDirectories(_folder, "gen-*").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];

    /// <summary>The database as a rebuild reads it, stopping after <paramref name="before"/> until the test lets it go on.</summary>
    private sealed class PausedRead(params SearchDocument[] before)
    {
        private readonly TaskCompletionSource _halfway = new();
        private readonly TaskCompletionSource _resume = new();

        public Task Halfway => _halfway.Task;

        public void Resume() => _resume.SetResult();

        public async IAsyncEnumerable<SearchDocument> Documents()
        {
            foreach (var document in before)
            {
                yield return document;
            }

            _halfway.SetResult();
            await _resume.Task;
        }
    }

    public void Dispose()
    {
        foreach (var site in _sites)
        {
            site.Dispose();
        }

        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
