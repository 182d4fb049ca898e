using System.Buffers.Binary;

namespace HalloBot.Jobs.Images;

/// <summary>
/// Walks a WebP's RIFF chunks: the RIFF size must match the file (2.x loads a WebP with a lying size without
/// an error), every chunk must fit, and an animation may not hold more frames than the limits allow, since
/// ImageSharp 2.x decodes every frame of an animated WebP at the full canvas size.
/// </summary>
internal static class WebpStructure
{
    private const int RiffHeaderLength = 12;

    public static ImageRejection? Check(ReadOnlySpan<byte> data, int maxFrames, long maxPixels)
    {
        var riffSize = BinaryPrimitives.ReadUInt32LittleEndian(data[4..]);
        var riffEnd = 8L + riffSize + (riffSize & 1);
        if (riffEnd > data.Length)
        {
            return new ImageRejection(ImageRejectionReason.Truncated, $"WebP: the RIFF header promises {riffEnd} bytes, the file has {data.Length}.");
        }

        if (riffEnd < data.Length)
        {
            return new ImageRejection(ImageRejectionReason.Corrupt, $"WebP: the RIFF header promises {riffEnd} bytes, the file has {data.Length}.");
        }

        var position = RiffHeaderLength;
        var frames = 0;
        var sawImage = false;
        long canvasPixels = 0;
        while (position < riffEnd)
        {
            if (position + 8 > riffEnd)
            {
                return new ImageRejection(ImageRejectionReason.Corrupt, $"WebP: a chunk header at byte {position} runs past the end.");
            }

            var name = System.Text.Encoding.ASCII.GetString(data.Slice(position, 4));
            var size = BinaryPrimitives.ReadUInt32LittleEndian(data[(position + 4)..]);
            var next = position + 8L + size + (size & 1);
            if (next > riffEnd)
            {
                return new ImageRejection(ImageRejectionReason.Corrupt, $"WebP: the {name} chunk at byte {position} runs past the end.");
            }

            if (position == RiffHeaderLength && name is not ("VP8 " or "VP8L" or "VP8X"))
            {
                return new ImageRejection(ImageRejectionReason.Corrupt, $"WebP: the first chunk is {name}, not VP8, VP8L or VP8X.");
            }

            switch (name)
            {
                case "VP8 " or "VP8L":
                    sawImage = true;
                    break;
                case "VP8X" when size >= 10:
                    var canvasWidth = 1L + (data[position + 12] | (data[position + 13] << 8) | (data[position + 14] << 16));
                    var canvasHeight = 1L + (data[position + 15] | (data[position + 16] << 8) | (data[position + 17] << 16));
                    canvasPixels = canvasWidth * canvasHeight;
                    break;
                case "ANMF":
                    sawImage = true;
                    frames++;
                    if (frames > maxFrames || frames * canvasPixels > maxPixels)
                    {
                        return new ImageRejection(ImageRejectionReason.TooManyFrames, $"WebP: an animation of {frames} frames or more, {canvasPixels} pixels each (at most {maxFrames} frames and {maxPixels} pixels in all).");
                    }

                    break;
            }

            position = (int)next;
        }

        return sawImage ? null : new ImageRejection(ImageRejectionReason.Corrupt, "WebP: no image data.");
    }
}
