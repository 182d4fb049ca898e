using HalloBot.Domain.OpeningHours;
using HalloBot.Search;
using HalloBot.Search.Contract;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static HalloBot.SearchTests.Contract.ContractDocuments;

namespace HalloBot.SearchTests.Lucene;

/// <summary>Typos allowed by word length, and the office's own synonym file, through real searches on a real index folder.</summary>
public sealed class LuceneTypingTests : IDisposable
{
    private readonly LuceneTestIndexes _indexes = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "hallobot-search-" + Guid.NewGuid().ToString("N"));

    // Made-up names: no stem, synonym or compound part of them exists, so only the typo allowance can find them.
    [Theory]
    [InlineData("Qix", "Qix", true)]
    [InlineData("Qix", "Qax", false)] // up to three letters: no typo
    [InlineData("Zumk", "Zamk", true)] // four letters: one typo
    [InlineData("Zumk", "Zamp", false)]
    [InlineData("Xandrowik", "Xendrawik", true)] // eight letters and more: two typos
    [InlineData("Xandrowik", "Xendrawek", false)]
    public async Task Search_TypoInAWord_IsForgivenByWordLength(string name, string typed, bool found)
    {
        var index = _indexes.Create();
        await index.UpsertAsync([Document(1, name, [Apotheke], Eigen), Document(2, "Stadt-Apotheke", [Apotheke], Stadtmitte)], CancellationToken.None);

        var result = await index.SearchAsync(new SearchQuery { Text = typed }, CancellationToken.None);

        Assert.Equal(found ? [1] : [], result.Hits.Select(h => h.ListingId));
    }

    [Fact]
    public async Task Search_WordOfAGroupInTheConfiguredSynonymsFile_FindsTheListingThroughIt()
    {
        Directory.CreateDirectory(_folder);
        var synonyms = Path.Combine(_folder, "synonyms.txt");
        await File.WriteAllTextAsync(synonyms, "# the office's own list\nHülsmann, Zwockelbude\n");
        using var configured = StartSearch(Path.Combine(_folder, "configured"), synonyms);
        using var shipped = StartSearch(Path.Combine(_folder, "shipped"), synonymsFile: null);
        var listing = Document(1, "Hülsmann", [Apotheke], Eigen);

        var configuredIndex = configured.Services.GetRequiredService<ISearchIndex>();
        var shippedIndex = shipped.Services.GetRequiredService<ISearchIndex>();
        await configuredIndex.UpsertAsync([listing], CancellationToken.None);
        await shippedIndex.UpsertAsync([listing], CancellationToken.None);

        var query = new SearchQuery { Text = "zwockelbude" };
        Assert.Equal([1], (await configuredIndex.SearchAsync(query, CancellationToken.None)).Hits.Select(h => h.ListingId));
        Assert.Empty((await shippedIndex.SearchAsync(query, CancellationToken.None)).Hits);
    }

    private static IHost StartSearch(string indexFolder, string? synonymsFile)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton(OpeningHoursCalendar.Bottrop);
        if (synonymsFile is not null)
        {
            builder.Configuration.AddInMemoryCollection([new KeyValuePair<string, string?>(SearchExtensions.SynonymsFileKey, synonymsFile)]);
        }

        builder.AddHalloBotSearch(indexFolder);
        return builder.Build();
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
