namespace HalloBot.Domain.Exchange;

/// <summary>What an import did, or why it wrote nothing.</summary>
public sealed record ListingImportReport
{
    public IReadOnlyList<ImportMessage> Errors { get; init; } = [];
    public IReadOnlyList<ImportMessage> Warnings { get; init; } = [];
    public int Created { get; init; }
    public int Updated { get; init; }

    /// <summary>Rows whose every field already equalled the stored listing.</summary>
    public int Unchanged { get; init; }

    public bool Succeeded => Errors.Count == 0;

    public int Rows => Created + Updated + Unchanged;
}
