using System.Buffers.Binary;
using System.IO.Compression;

namespace HalloBot.Jobs.Images;

/// <summary>
/// Walks a PNG's chunks: each must fit in the file, the image must end with IEND (ImageSharp 2.x loads a
/// truncated PNG without an error), and text, EXIF and colour-profile chunks together may hold at most
/// <see cref="ImagePipelineOptions.MaxMetadataBytes"/> once inflated (a small zTXt chunk can inflate to gigabytes).
/// </summary>
internal static class PngStructure
{
    private const int SignatureLength = 8;

    public static ImageRejection? Check(ReadOnlySpan<byte> data, int maxMetadataBytes)
    {
        var position = SignatureLength;
        var chunkIndex = 0;
        var sawImageData = false;
        long metadataBytes = 0;
        while (true)
        {
            if (position + 8 > data.Length)
            {
                return Truncated(data.Length);
            }

            var length = BinaryPrimitives.ReadUInt32BigEndian(data[position..]);
            var type = data.Slice(position + 4, 4);
            var name = System.Text.Encoding.ASCII.GetString(type);
            if (!IsChunkType(type))
            {
                return new ImageRejection(ImageRejectionReason.Corrupt, $"PNG: no chunk type at byte {position + 4}.");
            }

            if (length > int.MaxValue || position + 12L + length > data.Length)
            {
                return Truncated(data.Length);
            }

            var content = data.Slice(position + 8, (int)length);
            if (chunkIndex == 0 && (name != "IHDR" || length != 13))
            {
                return new ImageRejection(ImageRejectionReason.Corrupt, "PNG: the first chunk is not a 13-byte IHDR.");
            }

            switch (name)
            {
                case "IDAT":
                    sawImageData = true;
                    break;
                case "IEND" when sawImageData:
                    return null;
                case "IEND":
                    return new ImageRejection(ImageRejectionReason.Corrupt, "PNG: IEND before any image data.");
                case "tEXt" or "zTXt" or "iTXt" or "iCCP" or "eXIf":
                    var inflated = MetadataSize(name, content, maxMetadataBytes - metadataBytes);
                    if (inflated < 0)
                    {
                        return new ImageRejection(ImageRejectionReason.Corrupt, $"PNG: the compressed {name} chunk at byte {position} is broken.");
                    }

                    metadataBytes += inflated;
                    if (metadataBytes > maxMetadataBytes)
                    {
                        return new ImageRejection(ImageRejectionReason.MetadataTooLarge, $"PNG: text and profile chunks hold more than {maxMetadataBytes} bytes (the {name} chunk at byte {position} passes it).");
                    }

                    break;
            }

            position += 12 + (int)length;
            chunkIndex++;
        }
    }

    /// <summary>
    /// The chunk's size with compressed parts inflated, reading at most <paramref name="budget"/> + 1 bytes of
    /// output (so a bomb is measured without being inflated); -1 when the compressed data is broken.
    /// </summary>
    private static long MetadataSize(string name, ReadOnlySpan<byte> content, long budget)
    {
        var keywordEnd = content.IndexOf((byte)0);
        var compressedStart = name switch
        {
            // keyword \0 method data
            "zTXt" or "iCCP" when keywordEnd >= 0 => keywordEnd + 2,

            // keyword \0 flag method language \0 translated keyword \0 text; flag 1 means compressed
            "iTXt" when keywordEnd >= 0 && keywordEnd + 1 < content.Length && content[keywordEnd + 1] == 1 => AfterTwoNulls(content, keywordEnd + 3),
            _ => -1,
        };
        if (compressedStart < 0 || compressedStart > content.Length)
        {
            return content.Length;
        }

        long total = compressedStart;
        try
        {
            using var compressed = new MemoryStream(content[compressedStart..].ToArray(), writable: false);
            using var inflater = new ZLibStream(compressed, CompressionMode.Decompress);
            var buffer = new byte[16 * 1024];
            int read;
            while ((read = inflater.Read(buffer)) > 0)
            {
                total += read;
                if (total > budget)
                {
                    return total;
                }
            }

            return total;
        }
        catch (InvalidDataException)
        {
            return -1;
        }
    }

    private static int AfterTwoNulls(ReadOnlySpan<byte> content, int start)
    {
        if (start > content.Length)
        {
            return -1;
        }

        var first = content[start..].IndexOf((byte)0);
        if (first < 0)
        {
            return -1;
        }

        var second = content[(start + first + 1)..].IndexOf((byte)0);
        return second < 0 ? -1 : start + first + 1 + second + 1;
    }

    private static bool IsChunkType(ReadOnlySpan<byte> type)
    {
        foreach (var b in type)
        {
            if (b is not ((>= (byte)'A' and <= (byte)'Z') or (>= (byte)'a' and <= (byte)'z')))
            {
                return false;
            }
        }

        return true;
    }

    private static ImageRejection Truncated(int length) =>
        new(ImageRejectionReason.Truncated, $"PNG: the file ends at byte {length} before its IEND chunk.");
}
