namespace HalloBot.Web.Features.Api;

/// <summary>The API's contract in words, shown in the OpenAPI document.</summary>
internal static class ApiDocumentation
{
    public const string Overview =
        "Published listings of the directory, with categories and districts. JSON in camelCase; errors as " +
        "application/problem+json (RFC 9457) whose `errors` member names each invalid parameter. " +
        "Only published listings exist for the API: drafts, listings in review and suspended ones answer 404.";

    public const string GetListing =
        "All public fields of a published listing. A former slug answers 301 to the current URL, query kept. " +
        OpenStatus;

    public const string ListListings =
        "Published listings ordered by name, then id. `externalId` (exact) finds the listing of an office system; " +
        "`page` ≥ 1 (default 1), `pageSize` 1–100 (default 20); `total` counts all matches. " + OpenStatus;

    public const string Terms = "Every entry with `count`, the number of published listings in it (0 included), in German alphabetical order.";

    private const string OpenStatus =
        "`openStatus` is evaluated at `at` (ISO 8601 with an offset or Z, e.g. 2026-06-04T10:00:00+02:00; default now) " +
        "in Europe/Berlin with the state's public holidays. `nextChange` is the next instant open/closed/unknown changes, " +
        "with the Berlin offset (+01:00/+02:00), or null when it never changes. `openStatus` is null when the listing " +
        "gives no opening hours (\"no hours known\" is not \"closed\"); `unknown: true` means by arrangement or not known " +
        "at that time, never open.";
}
