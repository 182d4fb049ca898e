namespace HalloBot.Domain.OpeningHours.Parsing;

/// <summary>Splits an opening_hours value into tokens; whitespace only separates them.</summary>
internal static class OpeningHoursTokenizer
{
    public static List<Token> Tokenize(string text, out OpeningHoursParseError? error)
    {
        var tokens = new List<Token>();
        error = null;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsLetter(c))
            {
                var start = i;
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Word, start, i - start, text[start..i]));
            }
            else if (char.IsAsciiDigit(c))
            {
                tokens.Add(ReadNumberOrTime(text, ref i));
            }
            else if (IsQuote(c))
            {
                var comment = ReadComment(text, ref i, out error);
                if (error is not null)
                {
                    return tokens;
                }

                tokens.Add(comment);
            }
            else
            {
                tokens.Add(new Token(KindOf(c), i, 1, c.ToString()));
                i++;
            }
        }

        tokens.Add(new Token(TokenKind.End, text.Length, 0, string.Empty));
        return tokens;
    }

    private static Token ReadNumberOrTime(string text, ref int i)
    {
        var start = i;
        SkipDigits(text, ref i);
        if (i + 1 < text.Length && text[i] == ':' && char.IsAsciiDigit(text[i + 1]))
        {
            var minutesStart = i + 1;
            i++;
            SkipDigits(text, ref i);
            return new Token(TokenKind.Time, start, i - start, text[start..i], minutesStart);
        }

        return new Token(TokenKind.Number, start, i - start, text[start..i]);
    }

    private static void SkipDigits(string text, ref int i)
    {
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }
    }

    // Spreadsheet autocorrect turns "..." into „...“ or “...”; those are accepted as comment quotes too.
    private static bool IsQuote(char c) => c is '"' or '„' or '“' or '”';

    private static Token ReadComment(string text, ref int i, out OpeningHoursParseError? error)
    {
        var open = text[i];
        var start = i;
        i++;
        var contentStart = i;
        while (i < text.Length && !Closes(open, text[i]))
        {
            i++;
        }

        if (i == text.Length)
        {
            error = new OpeningHoursParseError(text.Length, ParseMessages.CommentNotClosed);
            return default;
        }

        error = null;
        i++;
        return new Token(TokenKind.Comment, start, i - start, text[contentStart..(i - 1)]);
    }

    private static bool Closes(char open, char c) => open == '"' ? c == '"' : c is '“' or '”';

    private static TokenKind KindOf(char c) => c switch
    {
        // LibreOffice's autocorrect replaces a hyphen between spaces with an en dash.
        '-' or '–' or '—' => TokenKind.Dash,
        ',' => TokenKind.Comma,
        ';' => TokenKind.Semicolon,
        ':' => TokenKind.Colon,
        '/' => TokenKind.Slash,
        _ => TokenKind.Other,
    };
}
