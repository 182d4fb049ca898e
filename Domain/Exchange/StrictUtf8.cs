using System.Text;

namespace HalloBot.Domain.Exchange;

/// <summary>
/// Reads UTF-8 with or without a byte-order mark and marks bytes that are not UTF-8, so that the
/// CSV reader can say in which row a Windows-1252 "ä" sits instead of importing a garbled name.
/// </summary>
internal static class StrictUtf8
{
    /// <summary>U+FFFD stands in for a wrong byte; a real U+FFFD in the file is told apart by <see cref="InvalidByteMarker.Seen"/>.</summary>
    public const char ReplacementChar = '\uFFFD';

    public static TextReader OpenReader(Stream stream, out InvalidByteMarker marker)
    {
        marker = new InvalidByteMarker();
        var encoding = (Encoding)new UTF8Encoding(encoderShouldEmitUTF8Identifier: true).Clone();
        encoding.DecoderFallback = marker;

        // The encoding's preamble is the UTF-8 BOM: StreamReader skips it when present. Detection stays
        // off so that a UTF-16 file is refused rather than silently accepted.
        return new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true);
    }

    internal sealed class InvalidByteMarker : DecoderFallback
    {
        public bool Seen { get; private set; }

        public override int MaxCharCount => 1;

        public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

        private sealed class Buffer(InvalidByteMarker owner) : DecoderFallbackBuffer
        {
            private int _remaining;

            public override int Remaining => _remaining;

            public override bool Fallback(byte[] bytesUnknown, int index)
            {
                owner.Seen = true;
                _remaining = 1;
                return true;
            }

            public override char GetNextChar()
            {
                if (_remaining == 0)
                {
                    return '\0';
                }

                _remaining--;
                return ReplacementChar;
            }

            public override bool MovePrevious()
            {
                if (_remaining > 0)
                {
                    return false;
                }

                _remaining = 1;
                return true;
            }

            public override void Reset() => _remaining = 0;
        }
    }
}
