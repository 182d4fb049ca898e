using System.Buffers.Binary;

namespace HalloBot.Jobs.Images;

/// <summary>
/// Walks a JPEG's segments and entropy-coded data to its end-of-image marker. ImageSharp 2.x decodes a
/// truncated JPEG without complaint (the missing part comes out grey), so truncation is found here.
/// </summary>
internal static class JpegStructure
{
    private const byte StartOfScan = 0xDA;
    private const byte EndOfImage = 0xD9;

    public static ImageRejection? Check(ReadOnlySpan<byte> data)
    {
        var position = 2;
        var sawFrame = false;
        var sawScan = false;
        while (true)
        {
            // Bytes between segments are not allowed, but decoders skip them; so do we.
            var next = data[position..].IndexOf((byte)0xFF);
            if (next < 0)
            {
                return Truncated(data.Length);
            }

            position += next;
            while (position < data.Length && data[position] == 0xFF)
            {
                position++;
            }

            if (position >= data.Length)
            {
                return Truncated(data.Length);
            }

            var marker = data[position++];
            switch (marker)
            {
                case EndOfImage when sawScan:
                    return null;
                case EndOfImage:
                    return new ImageRejection(ImageRejectionReason.Corrupt, "JPEG: end-of-image marker before any image data.");
                case 0xD8:
                    return new ImageRejection(ImageRejectionReason.Corrupt, $"JPEG: a second start-of-image marker at byte {position - 2}.");
                case >= 0xD0 and <= 0xD7 or 0x01:
                    continue;
            }

            if (position + 2 > data.Length)
            {
                return Truncated(data.Length);
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(data[position..]);
            if (length < 2)
            {
                return new ImageRejection(ImageRejectionReason.Corrupt, $"JPEG: segment 0xFF{marker:X2} at byte {position - 2} has length {length}.");
            }

            if (position + length > data.Length)
            {
                return Truncated(data.Length);
            }

            position += length;
            if (IsStartOfFrame(marker))
            {
                sawFrame = true;
            }

            if (marker != StartOfScan)
            {
                continue;
            }

            if (!sawFrame)
            {
                return new ImageRejection(ImageRejectionReason.Corrupt, "JPEG: image data before the frame header.");
            }

            sawScan = true;
            var end = EndOfEntropyCodedData(data, position);
            if (end < 0)
            {
                return Truncated(data.Length);
            }

            position = end;
        }
    }

    /// <summary>Where the next marker starts after a scan's data: 0xFF followed by anything but a stuffed zero, a restart marker or fill.</summary>
    private static int EndOfEntropyCodedData(ReadOnlySpan<byte> data, int position)
    {
        while (true)
        {
            var next = data[position..].IndexOf((byte)0xFF);
            if (next < 0)
            {
                return -1;
            }

            position += next;
            if (position + 1 >= data.Length)
            {
                return -1;
            }

            var following = data[position + 1];
            if (following is 0x00 or (>= 0xD0 and <= 0xD7) or 0xFF)
            {
                position += following == 0xFF ? 1 : 2;
                continue;
            }

            return position;
        }
    }

    /// <summary>
    /// A copy without the segments that only carry profiles and notes: ICC (APP2), XMP (APP1), IPTC (APP13),
    /// comments and every other application segment but JFIF (APP0), EXIF (APP1, which the orientation needs)
    /// and Adobe (APP14, which says how the colours are coded). So ImageSharp's ICC parser, which has an
    /// unfixed allocation flaw in 2.x, never sees a profile. Call only on data that passed <see cref="Check"/>.
    /// </summary>
    public static byte[] WithoutProfiles(byte[] data)
    {
        using var output = new MemoryStream(data.Length);
        output.Write(data, 0, 2);
        var position = 2;
        while (position + 4 <= data.Length && data[position] == 0xFF)
        {
            var marker = data[position + 1];
            if (marker == 0xFF)
            {
                output.WriteByte(0xFF);
                position++;
                continue;
            }

            var end = position + 2 + BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(position + 2));
            if (marker == StartOfScan || end > data.Length)
            {
                break;
            }

            if (Keeps(marker, data.AsSpan(position + 4, end - position - 4)))
            {
                output.Write(data, position, end - position);
            }

            position = end;
        }

        output.Write(data, position, data.Length - position);
        return output.ToArray();
    }

    private static bool Keeps(byte marker, ReadOnlySpan<byte> payload) => marker switch
    {
        0xE1 => payload.StartsWith("Exif\0\0"u8),
        0xE0 or 0xEE => true,
        (>= 0xE2 and <= 0xEF) or 0xFE => false,
        _ => true,
    };

    // SOF0–SOF15 without DHT (C4), JPG (C8) and DAC (CC), which share the range.
    private static bool IsStartOfFrame(byte marker) => marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;

    private static ImageRejection Truncated(int length) =>
        new(ImageRejectionReason.Truncated, $"JPEG: the file ends at byte {length} before its end-of-image marker.");
}
