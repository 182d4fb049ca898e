namespace HalloBot.Web.Features.Admin.Terms;

/// <summary>Categories or districts: where their admin pages are, where residents see them, and their texts' keys.</summary>
public sealed record TermKind(string ResourcePrefix, string AdminPath, string PublicPath)
{
    public static readonly TermKind Category = new("Admin.Categories", "/verwaltung/kategorien", "/kategorie");

    public static readonly TermKind District = new("Admin.Districts", "/verwaltung/stadtteile", "/stadtteil");

    /// <summary>The resource key of this kind's own wording of <paramref name="text"/>.</summary>
    public string Key(string text) => $"{ResourcePrefix}.{text}";
}
