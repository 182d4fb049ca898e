namespace HalloBot.Domain.OpeningHours.Parsing;

internal enum TokenKind
{
    End,
    Word,
    Number,
    Time,
    Dash,
    Comma,
    Semicolon,
    Colon,
    Slash,
    Comment,
    Other,
}

/// <param name="Start">0-based position in the text as given.</param>
/// <param name="Text">The characters of the token; for a comment its content without quotes.</param>
/// <param name="MinutesStart">For a time, where its minutes begin.</param>
internal readonly record struct Token(TokenKind Kind, int Start, int Length, string Text, int MinutesStart = 0)
{
    public bool IsWord(string word) =>
        Kind == TokenKind.Word && string.Equals(Text, word, StringComparison.OrdinalIgnoreCase);
}
