using System.Buffers.Binary;

namespace HalloBot.Jobs.Images;

/// <summary>
/// Walks a GIF's blocks: counts the frames (ImageSharp's Identify does not), checks each LZW code size
/// (2.x decodes an invalid one without an error) and that the first frame lies inside the canvas and is complete.
/// </summary>
internal static class GifStructure
{
    private const int HeaderLength = 13;

    public static ImageRejection? Check(ReadOnlySpan<byte> data, int maxFrames)
    {
        if (data.Length < HeaderLength)
        {
            return Truncated(data.Length);
        }

        var canvasWidth = BinaryPrimitives.ReadUInt16LittleEndian(data[6..]);
        var canvasHeight = BinaryPrimitives.ReadUInt16LittleEndian(data[8..]);
        var position = HeaderLength + ColorTableLength(data[10]);
        var frames = 0;
        while (true)
        {
            if (position >= data.Length)
            {
                // A missing trailer after complete frames is common and harmless.
                return frames > 0 ? null : Truncated(data.Length);
            }

            switch (data[position++])
            {
                case 0x3B:
                    return frames > 0 ? null : new ImageRejection(ImageRejectionReason.Corrupt, "GIF: no image in the file.");
                case 0x21:
                    position = SkipSubBlocks(data, position + 1);
                    break;
                case 0x2C:
                    if (position + 10 > data.Length)
                    {
                        return Truncated(data.Length);
                    }

                    var descriptor = data.Slice(position, 9);
                    if (frames == 0)
                    {
                        var left = BinaryPrimitives.ReadUInt16LittleEndian(descriptor);
                        var top = BinaryPrimitives.ReadUInt16LittleEndian(descriptor[2..]);
                        var width = BinaryPrimitives.ReadUInt16LittleEndian(descriptor[4..]);
                        var height = BinaryPrimitives.ReadUInt16LittleEndian(descriptor[6..]);
                        if (left + width > canvasWidth || top + height > canvasHeight)
                        {
                            return new ImageRejection(ImageRejectionReason.Corrupt, $"GIF: the first frame ({width}×{height} at {left},{top}) lies outside the {canvasWidth}×{canvasHeight} canvas.");
                        }
                    }

                    position += 9 + ColorTableLength(descriptor[8]);
                    if (position >= data.Length)
                    {
                        return Truncated(data.Length);
                    }

                    var codeSize = data[position];
                    if (codeSize is < 2 or > 8)
                    {
                        return new ImageRejection(ImageRejectionReason.Corrupt, $"GIF: frame {frames + 1} has LZW code size {codeSize} (2 to 8 are valid).");
                    }

                    position = SkipSubBlocks(data, position + 1);
                    if (position < 0)
                    {
                        return frames > 0 ? null : Truncated(data.Length);
                    }

                    if (++frames > maxFrames)
                    {
                        return new ImageRejection(ImageRejectionReason.TooManyFrames, $"GIF: more than {maxFrames} frames.");
                    }

                    continue;
                default:
                    return frames > 0 ? null : new ImageRejection(ImageRejectionReason.Corrupt, $"GIF: unknown block 0x{data[position - 1]:X2} at byte {position - 1}.");
            }

            if (position < 0)
            {
                return frames > 0 ? null : Truncated(data.Length);
            }
        }
    }

    /// <summary>The position after a chain of data sub-blocks (each a length byte and its data, ended by a zero), or -1 when the file ends first.</summary>
    private static int SkipSubBlocks(ReadOnlySpan<byte> data, int position)
    {
        while (position < data.Length)
        {
            var length = data[position];
            position += 1 + length;
            if (length == 0)
            {
                return position;
            }
        }

        return -1;
    }

    private static int ColorTableLength(byte packed) => (packed & 0x80) == 0 ? 0 : 3 * (1 << ((packed & 0x07) + 1));

    private static ImageRejection Truncated(int length) =>
        new(ImageRejectionReason.Truncated, $"GIF: the file ends at byte {length} inside the first frame.");
}
