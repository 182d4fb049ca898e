using HalloBot.Search.Contract;
using HalloBot.Search.Lucene;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using static HalloBot.SearchTests.Contract.ContractDocuments;

namespace HalloBot.SearchTests.Lucene;

/// <summary>The parts of the Lucene search path that were rewritten for speed, against what they replaced.</summary>
public sealed class LuceneHitPathTests
{
    [Theory]
    [InlineData("backerei", "backerei", 0)]
    [InlineData("backerei", "bakcerei", 1)] // transposition
    [InlineData("backerei", "baeckerei", 1)]
    [InlineData("friseur", "frisör", 2)]
    [InlineData("", "kiosk", 5)]
    [InlineData("kiosk", "", 5)]
    [InlineData("apotheke", "drogerie", 6)]
    public void EditDistance_Unbounded_CountsEditsWithTranspositions(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Compute(a, b));
        Assert.Equal(expected, EditDistance.Compute(b, a));
    }

    [Theory]
    [InlineData("backerei", "bakcerei", 1, 1)]
    [InlineData("backerei", "baeckerei", 0, 1)]
    [InlineData("apotheke", "drogerie", 2, 3)]
    [InlineData("kiosk", "kioskbetreiber", 2, 3)]
    public void EditDistance_Bounded_StopsAboveTheLimit(string a, string b, int max, int expected) =>
        Assert.Equal(expected, EditDistance.Compute(a, b, max));

    [Fact]
    public void EditDistance_LongWords_SameAsShortPath()
    {
        var a = new string('a', 80) + "bäckerei";
        var b = new string('a', 80) + "bakcerei";

        Assert.Equal(2, EditDistance.Compute(a, b));
        Assert.Equal(2, EditDistance.Compute(a, b, 2));
    }

    [Fact]
    public void HitData_RoundTrip_KeepsWhatAHitShows()
    {
        var source = Standard()[1];

        var data = Decode(HitData.Encode(source));

        Assert.Equal((2, "backstube-terhorst", "ext-2", "Backstube Terhorst"), (data.ListingId, data.Slug, data.ExternalId, data.Name));
        Assert.Equal(["Bäckerei", "Café"], data.Categories);
        Assert.Equal(("Kirchhellen", "Traditionsbäckerei mit Café."), (data.District, data.Description));
    }

    [Fact]
    public void HitData_NoExternalIdNorDistrict_GivesNulls()
    {
        var data = Decode(HitData.Encode(Document(7, "Kiosk am Eck") with { ExternalId = null }));

        Assert.Null(data.ExternalId);
        Assert.Null(data.District);
        Assert.Empty(data.Categories);
        Assert.Equal("Kiosk am Eck", data.Name);
    }

    [Fact]
    public void HitData_DescriptionBeyondTheDocValueLimit_IsCutToFitWithoutSplittingACharacter()
    {
        var description = string.Concat(Enumerable.Repeat("Bäckerei 🥨 ", 4000));
        var bytes = HitData.Encode(Document(1, "Bäckerei Overbeck") with { Description = description });

        var data = Decode(bytes);

        Assert.True(bytes.Length <= HitData.MaxBytes, $"{bytes.Length} bytes");
        Assert.StartsWith(data.Description, description, StringComparison.Ordinal);
        Assert.True(data.Description.Length > 10_000);
        Assert.False(char.IsHighSurrogate(data.Description[^1]));
    }

    [Fact]
    public void QueryPruner_TermsNoDocumentHas_AreDroppedAndTheRestMatchesAsBefore()
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))))
        {
            foreach (var text in new[] { "baeckerei brot", "cafe kuchen", "baeckerei cafe" })
            {
                writer.AddDocument(new Document { new TextField("name", text, Field.Store.NO), new TextField("keywords", text, Field.Store.NO) });
            }
        }

        using var reader = DirectoryReader.Open(directory);
        // BM25, as the site's index: without query normalisation and coordination, the clauses left score as before.
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        var query = new BooleanQuery
        {
            { new DisjunctionMaxQuery(0.1f) { new TermQuery(new Term("name", "baeckerei")), new TermQuery(new Term("extra", "baeckerei")) }, Occur.MUST },
            { new DisjunctionMaxQuery(0.1f) { new TermQuery(new Term("name", "cafe")), new TermQuery(new Term("name", "konditorei")) }, Occur.SHOULD },
            { new TermQuery(new Term("keywords", "nirgends")), Occur.SHOULD },
        };

        var pruned = new QueryPruner(reader).Prune(query);

        var clauses = Assert.IsType<BooleanQuery>(pruned).Clauses;
        Assert.Equal([Occur.MUST, Occur.SHOULD], clauses.Select(c => c.Occur));
        Assert.Equal(["name:baeckerei"], Assert.IsType<DisjunctionMaxQuery>(clauses[0].Query).Disjuncts.Select(d => d.ToString()));
        Assert.Equal(["name:cafe"], Assert.IsType<DisjunctionMaxQuery>(clauses[1].Query).Disjuncts.Select(d => d.ToString()));
        var before = searcher.Search(query, 10).ScoreDocs;
        var after = searcher.Search(pruned, 10).ScoreDocs;
        Assert.Equal(before.Select(d => (d.Doc, d.Score)), after.Select(d => (d.Doc, d.Score)));
    }

    [Fact]
    public void QueryPruner_RequiredTermNoDocumentHas_MatchesNothing()
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))))
        {
            writer.AddDocument(new Document { new TextField("name", "baeckerei", Field.Store.NO) });
        }

        using var reader = DirectoryReader.Open(directory);
        var query = new BooleanQuery
        {
            { new TermQuery(new Term("name", "baeckerei")), Occur.MUST },
            { new TermQuery(new Term("name", "fahrrad")), Occur.MUST },
        };

        var pruned = new QueryPruner(reader).Prune(query);

        Assert.Equal(0, new IndexSearcher(reader).Search(pruned, 10).TotalHits);
    }

    private static HitData Decode(BytesRef bytes)
    {
        var data = new HitData.Reader(new SingleValue(bytes)).Get(0);
        Assert.NotNull(data);
        return data;
    }

    private sealed class SingleValue(BytesRef value) : BinaryDocValues
    {
        public override void Get(int docID, BytesRef result)
        {
            result.Bytes = value.Bytes;
            result.Offset = value.Offset;
            result.Length = value.Length;
        }
    }
}
