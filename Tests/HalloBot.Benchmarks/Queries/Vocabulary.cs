namespace HalloBot.Benchmarks.Queries;

/// <summary>
/// What residents type when the directory holds the data of <c>../shared/tools/gen_listings.py</c>: its categories,
/// districts (with their centres), features and name words, plus what people say instead (synonyms, English,
/// products, compounds). Kept in step with that script by hand; a mismatch only makes some queries find nothing.
/// </summary>
internal static class Vocabulary
{
    public static readonly string[] Categories =
    [
        "Bäckerei", "Café", "Friseur", "Fahrradladen", "Apotheke", "Blumen", "Buchhandlung", "Elektriker",
        "Sanitär und Heizung", "Restaurant", "Optiker", "Metzgerei", "Kiosk", "Schuhe", "Steuerberatung",
    ];

    public static readonly string[] Districts =
    [
        "Stadtmitte", "Batenbrock", "Boy", "Eigen", "Ebel", "Fuhlenbrock", "Lehmkuhle", "Vonderort", "Welheim",
        "Welheimer Mark", "Kirchhellen", "Grafenwald", "Feldhausen", "Overhagen",
    ];

    public static readonly (double Latitude, double Longitude)[] DistrictCentres =
    [
        (51.5237, 6.9286), (51.5303, 6.9540), (51.5360, 6.9700), (51.5440, 6.9360), (51.5120, 6.9480),
        (51.5370, 6.9020), (51.5260, 6.9130), (51.5060, 6.9060), (51.5180, 6.9710), (51.5300, 6.9820),
        (51.6050, 6.9210), (51.5720, 6.9110), (51.6180, 6.9620), (51.5520, 6.9720),
    ];

    public static readonly string[] Features =
    [
        "delivery", "click_and_collect", "card_payment", "wheelchair_accessible", "fairtrade", "vouchers", "parking",
    ];

    /// <summary>Category words, plurals, products, synonyms, English words and compounds, split and joined.</summary>
    public static readonly string[] Words =
    [
        "bäckerei", "bäckereien", "brötchen", "brot", "kuchen", "torten", "frühstück", "bakery",
        "café", "kaffee", "eiscafé", "eis",
        "friseur", "frisör", "friseure", "haarschnitt", "barbier", "hairdresser", "haare färben",
        "fahrrad", "fahrradladen", "fahrradreparatur", "fahrrad reparatur", "e-bike", "ersatzteile", "bike repair",
        "apotheke", "apotheken", "pharmacy", "notdienst", "apotheke notdienst", "medikamente",
        "blumen", "blumenladen", "sträuße", "pflanzen", "trauerfloristik", "flowers",
        "buchhandlung", "bücher", "kinderbücher", "schreibwaren", "bookshop",
        "elektriker", "elektro", "photovoltaik", "wallbox", "elektroinstallation",
        "sanitär", "heizung", "wärmepumpe", "rohrbruch", "badsanierung", "plumber",
        "restaurant", "pizza", "döner", "mittagstisch", "lieferservice", "trattoria", "pommesbude", "imbiss",
        "optiker", "brille", "brillen", "kontaktlinsen", "sehtest",
        "metzgerei", "metzger", "fleischerei", "wurst", "grillfleisch", "partyservice", "butcher",
        "kiosk", "büdchen", "trinkhalle", "lotto", "paketshop", "zeitschriften",
        "schuhe", "schuhreparatur", "schuh reparatur", "einlagen", "kinderschuhe",
        "steuerberater", "steuerberatung", "steuererklärung", "buchhaltung", "lohnabrechnung",
        "schlüsseldienst", "tierarzt", "waschsalon",
    ];

    public static readonly string[] NameWords =
    [
        "bäckerei", "backstube", "haarstudio", "salon", "zweirad", "radhaus", "löwen-apotheke", "floristik",
        "bücherstube", "elektrotechnik", "haustechnik", "gasthaus", "trattoria", "augenoptik", "fleischerei",
        "trinkhalle", "schuhhaus", "steuerkanzlei", "kaffeehaus",
    ];

    public static readonly string[] Surnames =
    [
        "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schäfer", "Koch",
        "Zimmermann", "Krüger", "Hoffmann", "Schröder", "König", "Möller", "Weiß", "Günther", "Jäger", "Groß",
        "Kühn", "Yılmaz", "Şahin", "Kowalski", "Papadopoulos", "Nguyen", "Terstegen", "Overbeck", "Tenhagen",
        "Brinkhoff", "Kortmann", "Hülsmann", "Böckenhoff", "Wessels", "Terhorst",
    ];

    /// <summary>
    /// A weekday morning and evening, Saturday, Sunday, Fronleichnam, Allerheiligen, Christmas Eve and Day, a
    /// night past midnight, the spring clock change (02:30 does not exist; 03:30 is just after) and the
    /// autumn one (02:30 happens twice).
    /// </summary>
    public static readonly DateTimeOffset[] Instants =
    [
        new(2026, 6, 1, 10, 0, 0, TimeSpan.FromHours(2)),
        new(2026, 6, 1, 19, 30, 0, TimeSpan.FromHours(2)),
        new(2026, 6, 2, 1, 15, 0, TimeSpan.FromHours(2)),
        new(2026, 6, 6, 12, 0, 0, TimeSpan.FromHours(2)),
        new(2026, 6, 7, 8, 30, 0, TimeSpan.FromHours(2)),
        new(2026, 6, 4, 10, 0, 0, TimeSpan.FromHours(2)),
        new(2026, 11, 1, 15, 0, 0, TimeSpan.FromHours(1)),
        new(2026, 12, 24, 11, 0, 0, TimeSpan.FromHours(1)),
        new(2026, 12, 24, 15, 0, 0, TimeSpan.FromHours(1)),
        new(2026, 12, 25, 12, 0, 0, TimeSpan.FromHours(1)),
        new(2026, 3, 29, 3, 30, 0, TimeSpan.FromHours(2)),
        new(2026, 10, 25, 2, 30, 0, TimeSpan.FromHours(2)),
        new(2026, 10, 25, 2, 30, 0, TimeSpan.FromHours(1)),
        new(2026, 9, 16, 7, 45, 0, TimeSpan.FromHours(2)),
    ];

    public static readonly double[] RadiiKm = [0.5, 1, 2, 3, 5];

    public static string FoldUmlauts(string text) => text
        .Replace("ä", "a", StringComparison.Ordinal)
        .Replace("ö", "o", StringComparison.Ordinal)
        .Replace("ü", "u", StringComparison.Ordinal)
        .Replace("ß", "ss", StringComparison.Ordinal);
}
