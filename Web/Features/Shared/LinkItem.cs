namespace HalloBot.Web.Features.Shared;

/// <summary>A name with the slug its page lives under (a category, a district).</summary>
public sealed record LinkItem(string Name, string Slug);

/// <summary>A name with its slug and how many published listings it has.</summary>
public sealed record CountedLinkItem(string Name, string Slug, int Count);
