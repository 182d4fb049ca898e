namespace HalloBot.Web.Features.Shared;

/// <summary>The search form; <see cref="Id"/> keeps labels unique when a page shows the form in its main part.</summary>
public sealed record SearchFormModel(string Id, bool Prominent, string? Query = null);
