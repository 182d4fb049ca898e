using HalloBot.Search.Analysis;

namespace HalloBot.SearchTests.Analysis;

public sealed class GermanTextAnalysisTests
{
    private static readonly GermanTextAnalysis Analysis = GermanTextAnalysis.Default;

    private static AnalyzedWord Word(string text) => Analysis.AnalyzeWord(text) ?? throw new InvalidOperationException($"'{text}' is a stop word");

    [Theory]
    [InlineData("Bäckerei", "Baeckerei", "Backerei", "BÄCKEREI")]
    [InlineData("Frisör", "Frisoer", "Frisor", "frisör")]
    [InlineData("Straße", "Strasse", "STRASSE", "strasse")]
    [InlineData("Büdchen", "Buedchen", "Budchen", "BÜDCHEN")]
    public void Fold_SpellingsOfOneWord_Meet(string a, string b, string c, string d)
    {
        var folded = GermanFolding.Fold(a);
        Assert.All(new[] { b, c, d }, variant => Assert.Equal(folded, GermanFolding.Fold(variant)));
    }

    [Theory]
    [InlineData("Steuer", "steuer")]
    [InlineData("Quelle", "quelle")]
    [InlineData("Yılmaz", "yilmaz")]
    [InlineData("Café", "cafe")]
    public void Fold_UeAfterVowelAndAccents_KeptOrStripped(string word, string expected) =>
        Assert.Equal(expected, GermanFolding.Fold(word));

    [Theory]
    [InlineData("Bäckereien", "Bäckerei")]
    [InlineData("Bäcker", "Bäckerei")]
    [InlineData("Metzger", "Metzgereien")]
    [InlineData("Apotheken", "Apotheke")]
    [InlineData("Fahrräder", "Fahrrad")]
    [InlineData("Schuhe", "Schuh")]
    public void Stem_InflectionsAndTradeSuffix_Meet(string a, string b) =>
        Assert.Equal(Word(a).Main, Word(b).Main);

    [Theory]
    [InlineData("Fahrradreparatur", "Fahrrad", "Reparatur")]
    [InlineData("Schlüsselnotdienst", "Schlüssel", "Notdienst")]
    [InlineData("Steuerberatungskanzlei", "Steuerberatung", "Kanzlei")]
    [InlineData("Fahrradläden", "Fahrrad", "Laden")]
    public void Split_KnownCompound_PartsMatchTheSeparateWords(string compound, string first, string second)
    {
        var parts = Word(compound).Parts;
        Assert.Equal([Word(first).Main, Word(second).Main], parts);
    }

    [Theory]
    [InlineData("Brinkhoff")]
    [InlineData("Schneider")]
    [InlineData("Bäckerei")]
    [InlineData("Terstegen")]
    public void Split_SimpleWordsAndSurnames_NotSplit(string word) => Assert.Empty(Word(word).Parts);

    [Fact]
    public void Split_UnknownModifier_KnownHeadIndexedAsExtraOnly()
    {
        var word = Word("Kornblumen");
        Assert.Empty(word.Parts);
        Assert.Contains(Word("Blumen").Main, word.Extra);
    }

    [Fact]
    public void Analyze_HyphenatedWord_IndexesWholeAndPieces()
    {
        var word = Word("Kfz-Werkstatt");
        Assert.Equal(Word("Kfzwerkstatt").Main, word.Main);
        Assert.Equal([Word("Kfz").Main, Word("Werkstatt").Main], word.Parts);
    }

    [Fact]
    public void Analyze_Text_DropsStopWordsAndKeepsOffsets()
    {
        var words = Analysis.Analyze("Brötchen und Brot für die Nachbarschaft").ToList();
        Assert.Equal(["Brötchen", "Brot", "Nachbarschaft"], words.Select(w => w.Span.Text));
        Assert.Equal((13, 17), (words[1].Span.Start, words[1].Span.End));
    }

    [Fact]
    public void SynonymList_ShippedFile_LoadsGroupsBothWays()
    {
        var synonyms = SynonymList.Load(HalloBot.Search.SearchExtensions.DefaultSynonymsFile, Analysis);

        Assert.True(synonyms.GroupCount >= 40);
        Assert.Contains(synonyms.AlternativesOf([Word("Kiosk")]), t => t.Single().Main == Word("Trinkhalle").Main);
        Assert.Contains(synonyms.AlternativesOf([Word("Büdchen")]), t => t.Single().Main == Word("Kiosk").Main);
        Assert.Contains(synonyms.AlternativesOf([Word("tax"), Word("advisor")]), t => t.Single().Main == Word("Steuerberatung").Main);
    }

    [Fact]
    public void SynonymList_CommentsBlankLinesAndSingleTerms_Ignored()
    {
        var synonyms = SynonymList.Parse(["# Kommentar", "", "Kiosk", "Imbiss, Pommesbude # Ruhrgebiet"], Analysis);

        Assert.Equal(1, synonyms.GroupCount);
        Assert.Empty(synonyms.AlternativesOf([Word("Kiosk")]));
        Assert.Single(synonyms.AlternativesOf([Word("Imbiss")]));
    }
}
