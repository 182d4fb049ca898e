namespace HalloBot.Domain.Exchange;

/// <summary>An error or warning about one cell, written as the format asks: <c>row N, column C: what is wrong</c>.</summary>
/// <param name="Column">The column's header name; null where the problem is not about one column.</param>
public sealed record ImportMessage(int Row, string? Column, string Text)
{
    public override string ToString() =>
        Column is null ? $"row {Row}: {Text}" : $"row {Row}, column {Column}: {Text}";
}
