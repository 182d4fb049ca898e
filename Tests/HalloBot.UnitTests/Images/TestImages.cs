using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace HalloBot.UnitTests.Images;

/// <summary>Images made in code, so that the corpus is readable here rather than hidden in binary files.</summary>
internal static class TestImages
{
    public static readonly Rgba32 Red = new(220, 20, 20);
    public static readonly Rgba32 Green = new(20, 200, 20);
    public static readonly Rgba32 Blue = new(20, 20, 220);
    public static readonly Rgba32 Yellow = new(230, 230, 20);

    /// <summary>A photo-like picture: smooth gradients with some texture, so that JPEG sizes are realistic.</summary>
    public static Image<Rgba32> Picture(int width, int height, int seed = 1)
    {
        var random = new Random(seed);
        var image = new Image<Rgba32>(width, height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    var noise = random.Next(24);
                    row[x] = new Rgba32((byte)(x * 200 / width + noise), (byte)(y * 200 / height + noise), (byte)(128 + noise), 255);
                }
            }
        });
        return image;
    }

    /// <summary>Four coloured quadrants: red top left, green top right, blue bottom left, yellow bottom right.</summary>
    public static Image<Rgba32> Quadrants(int width, int height)
    {
        var image = new Image<Rgba32>(width, height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    row[x] = (x < width / 2, y < height / 2) switch
                    {
                        (true, true) => Red,
                        (false, true) => Green,
                        (true, false) => Blue,
                        _ => Yellow,
                    };
                }
            }
        });
        return image;
    }

    public static byte[] Encode(Image image, IImageEncoder encoder)
    {
        using var output = new MemoryStream();
        image.Save(output, encoder);
        return output.ToArray();
    }

    public static byte[] Jpeg(int width, int height, int seed = 1)
    {
        using var image = Picture(width, height, seed);
        return Encode(image, new JpegEncoder { Quality = 90 });
    }

    public static byte[] Png(int width, int height)
    {
        using var image = Picture(width, height);
        return Encode(image, new PngEncoder());
    }

    public static byte[] Webp(int width, int height)
    {
        using var image = Picture(width, height);
        return Encode(image, new WebpEncoder { FileFormat = WebpFileFormatType.Lossy });
    }

    /// <summary>An animated GIF whose first frame is red and whose later frames are blue.</summary>
    public static byte[] AnimatedGif(int width, int height, int frames)
    {
        using var image = new Image<Rgba32>(width, height, Red);
        for (var i = 1; i < frames; i++)
        {
            using var frame = new Image<Rgba32>(width, height, Blue);
            image.Frames.AddFrame(frame.Frames.RootFrame);
        }

        return Encode(image, new GifEncoder());
    }

    /// <summary>A PNG made of the given chunks (type and data), each with its length and CRC, ended by IEND.</summary>
    public static byte[] PngFromChunks(params (string Type, byte[] Data)[] chunks)
    {
        using var output = new MemoryStream();
        output.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        foreach (var (type, data) in chunks.Append(("IEND", [])))
        {
            WritePngChunk(output, type, data);
        }

        return output.ToArray();
    }

    public static byte[] PngHeader(int width, int height)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bits per sample
        header[9] = 2; // RGB
        return header;
    }

    public static byte[] Zlib(byte[] data) => Zlib(data.Length, data);

    /// <summary>Deflates <paramref name="length"/> bytes made by repeating <paramref name="pattern"/>, without holding them all.</summary>
    public static byte[] Zlib(long length, byte[] pattern)
    {
        using var output = new MemoryStream();
        using (var deflater = new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            for (long written = 0; written < length; written += pattern.Length)
            {
                deflater.Write(pattern, 0, (int)Math.Min(pattern.Length, length - written));
            }
        }

        return output.ToArray();
    }

    /// <summary>Inserts a chunk right after IHDR of an encoded PNG.</summary>
    public static byte[] InsertPngChunk(byte[] png, string type, byte[] data)
    {
        const int AfterHeader = 8 + 12 + 13;
        using var output = new MemoryStream();
        output.Write(png, 0, AfterHeader);
        WritePngChunk(output, type, data);
        output.Write(png, AfterHeader, png.Length - AfterHeader);
        return output.ToArray();
    }

    /// <summary>A GIF of 1×1 frames, written by hand so that thousands of them stay a few kilobytes.</summary>
    public static byte[] GifWithFrames(int frames, int lzwCodeSize = 2, int canvasWidth = 1, int canvasHeight = 1)
    {
        using var output = new MemoryStream();
        output.Write("GIF89a"u8);
        var screen = new byte[7];
        BinaryPrimitives.WriteUInt16LittleEndian(screen, (ushort)canvasWidth);
        BinaryPrimitives.WriteUInt16LittleEndian(screen.AsSpan(2), (ushort)canvasHeight);
        screen[4] = 0x80; // a global colour table of two colours
        output.Write(screen);
        output.Write([0, 0, 0, 255, 255, 255]);
        for (var i = 0; i < frames; i++)
        {
            output.Write([0x21, 0xF9, 0x04, 0x00, 0x0A, 0x00, 0x00, 0x00]); // graphic control: 0.1 s
            output.Write([0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0]); // a 1×1 frame at 0,0
            output.Write([(byte)lzwCodeSize, 0x02, 0x44, 0x01, 0x00]);
        }

        output.WriteByte(0x3B);
        return output.ToArray();
    }

    /// <summary>The markers of a JPEG's segments up to the first scan, e.g. E0 (JFIF), E1 (EXIF or XMP), E2 (ICC), ED (IPTC).</summary>
    public static List<byte> JpegMarkers(byte[] jpeg)
    {
        var markers = new List<byte>();
        var position = 2;
        while (position + 4 <= jpeg.Length && jpeg[position] == 0xFF)
        {
            var marker = jpeg[position + 1];
            markers.Add(marker);
            if (marker == 0xDA)
            {
                break;
            }

            position += 2 + BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(position + 2));
        }

        return markers;
    }

    /// <summary>The four-letter names of a WebP's chunks, e.g. VP8, VP8X, ALPH, EXIF, XMP, ICCP.</summary>
    public static List<string> WebpChunks(byte[] webp)
    {
        var chunks = new List<string>();
        for (var position = 12; position + 8 <= webp.Length;)
        {
            chunks.Add(Encoding.ASCII.GetString(webp, position, 4).Trim());
            var size = BinaryPrimitives.ReadUInt32LittleEndian(webp.AsSpan(position + 4));
            position += 8 + (int)size + (int)(size & 1);
        }

        return chunks;
    }

    /// <summary>
    /// Decodes with fresh (zeroed) buffers: ImageSharp 2.x's WebP decoder leaves parts of a pooled buffer uncleared, so
    /// after decoding another picture a transparent pixel can read as half-opaque although the file says otherwise.
    /// </summary>
    public static Rgba32 PixelAt(byte[] encoded, int x, int y)
    {
        using var image = Image.Load<Rgba32>(CleanDecoding, encoded);
        return image[x, y];
    }

    private static readonly Configuration CleanDecoding = new(
        new SixLabors.ImageSharp.Formats.Png.PngConfigurationModule(),
        new SixLabors.ImageSharp.Formats.Jpeg.JpegConfigurationModule(),
        new SixLabors.ImageSharp.Formats.Gif.GifConfigurationModule(),
        new SixLabors.ImageSharp.Formats.Webp.WebpConfigurationModule())
    {
        MemoryAllocator = new SixLabors.ImageSharp.Memory.SimpleGcMemoryAllocator(),
    };

    public static bool IsClose(Rgba32 actual, Rgba32 expected, int tolerance = 40) =>
        Math.Abs(actual.R - expected.R) <= tolerance && Math.Abs(actual.G - expected.G) <= tolerance && Math.Abs(actual.B - expected.B) <= tolerance;

    private static void WritePngChunk(Stream output, string type, byte[] data)
    {
        var typeBytes = Encoding.ASCII.GetBytes(type);
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        output.Write(number);
        output.Write(typeBytes);
        output.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typeBytes.Concat(data)));
        output.Write(number);
    }

    private static uint Crc32(IEnumerable<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
