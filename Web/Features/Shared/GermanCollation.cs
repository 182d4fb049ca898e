using System.Globalization;

namespace HalloBot.Web.Features.Shared;

/// <summary>
/// Names sorted as a German reader expects: "Äpfel" next to "Apfel", not after "Zoo" as the
/// databases' binary collations put it.
/// </summary>
public static class GermanCollation
{
    public static StringComparer Comparer { get; } =
        StringComparer.Create(CultureInfo.GetCultureInfo("de-DE"), CompareOptions.IgnoreCase);
}
