using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;

namespace HalloBot.IntegrationTests.Photos;

/// <summary>Uploads made in code: a real photo, and the hostile files the issue names.</summary>
public static class PhotoFiles
{
    /// <summary>A photo-like JPEG: gradients with noise, so that it encodes to a realistic size.</summary>
    public static byte[] Jpeg(int width, int height, int seed = 1)
    {
        var random = new Random(seed);
        using var image = new Image<Rgb24>(width, height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    var noise = random.Next(24);
                    row[x] = new Rgb24((byte)((x * 200 / width) + noise), (byte)((y * 200 / height) + noise), (byte)(128 + noise));
                }
            }
        });
        using var output = new MemoryStream();
        image.Save(output, new JpegEncoder { Quality = 90 });
        return output.ToArray();
    }

    public static byte[] HtmlNamedJpg() =>
        Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>");

    public static byte[] SvgWithScript() =>
        Encoding.UTF8.GetBytes("""<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><script>alert(1)</script><rect width="100" height="100"/></svg>""");

    /// <summary>A few kilobytes that declare 50,000 × 50,000 pixels: 7.5 GB once decoded.</summary>
    public static byte[] DecompressionBomb()
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, 50_000);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), 50_000);
        header[8] = 8;
        header[9] = 2;
        using var compressed = new MemoryStream();
        using (var deflater = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            deflater.Write(new byte[4096]);
        }

        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IDAT", compressed.ToArray());
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>The first half of a real JPEG, as an interrupted transfer leaves it.</summary>
    public static byte[] TruncatedJpeg()
    {
        var whole = Jpeg(800, 600);
        return whole[..(whole.Length / 2)];
    }

    /// <summary>16 MB that start like a JPEG: only the size may refuse it.</summary>
    public static byte[] SixteenMegabytes()
    {
        var bytes = new byte[16 * 1024 * 1024];
        bytes[0] = 0xFF;
        bytes[1] = 0xD8;
        bytes[2] = 0xFF;
        return bytes;
    }

    private static void WriteChunk(Stream output, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        output.Write(length);
        var typeAndData = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        output.Write(typeAndData);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typeAndData));
        output.Write(crc);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
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
