using System.Buffers.Binary;
using System.Text;
using HalloBot.Jobs.Images;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Bmp;
using SixLabors.ImageSharp.Formats.Tiff;

namespace HalloBot.UnitTests.Images;

/// <summary>
/// The hostile uploads of issue 4, made in code: each is refused with the reason the retailer will read, and
/// nothing is left in the media folder (no variant, no temporary file, not even the original).
/// </summary>
public sealed class ImagePipelineHostileInputTests : IDisposable
{
    private readonly MediaFolder _media = new();
    private readonly ImagePipeline _pipeline = new(new ImagePipelineOptions());

    public void Dispose() => _media.Dispose();

    public static TheoryData<string, ImageRejectionReason> Corpus() => new()
    {
        { "png-bomb-50000x50000", ImageRejectionReason.TooManyPixels },
        { "jpeg-bomb-50000x50000", ImageRejectionReason.TooManyPixels },
        { "gif-bomb-50000x50000", ImageRejectionReason.TooManyPixels },
        { "png-20000x100", ImageRejectionReason.SideTooLong },
        { "jpeg-truncated", ImageRejectionReason.Truncated },
        { "png-truncated", ImageRejectionReason.Truncated },
        { "html-named-jpg", ImageRejectionReason.UnsupportedType },
        { "svg-with-script", ImageRejectionReason.UnsupportedType },
        { "tiff", ImageRejectionReason.UnsupportedType },
        { "bmp", ImageRejectionReason.UnsupportedType },
        { "gif-3000-frames", ImageRejectionReason.TooManyFrames },
        { "gif-lzw-code-size-12", ImageRejectionReason.Corrupt },
        { "gif-frame-outside-canvas", ImageRejectionReason.Corrupt },
        { "file-16mb", ImageRejectionReason.TooLarge },
        { "png-ztxt-inflating-to-200mb", ImageRejectionReason.MetadataTooLarge },
        { "png-itxt-2mb", ImageRejectionReason.MetadataTooLarge },
        { "png-chunk-longer-than-file", ImageRejectionReason.Truncated },
        { "webp-riff-size-too-large", ImageRejectionReason.Truncated },
        { "webp-riff-size-too-small", ImageRejectionReason.Corrupt },
        { "empty", ImageRejectionReason.Empty },
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public async Task ProcessAsync_HostileUpload_RejectedWithReasonAndNothingLeft(string name, ImageRejectionReason expected)
    {
        var key = MediaKey.New();
        await using (var upload = new MemoryStream(Hostile(name)))
        {
            await _media.Store.SaveOriginalAsync(key, upload);
        }

        var result = await new PhotoVariantProcessor(_pipeline, _media.Store).ProcessAsync(key);

        Assert.False(result.IsAccepted, $"{name} was accepted");
        Assert.Equal(expected, result.Rejection.Reason);
        Assert.False(string.IsNullOrWhiteSpace(result.Rejection.Detail));
        Assert.Empty(result.Variants);
        Assert.Empty(_media.Files());
    }

    [Fact]
    public async Task ProcessAsync_StreamLongerThanStated_RejectedAsTooLarge()
    {
        var jpeg = TestImages.Jpeg(64, 64);

        var result = await _pipeline.ProcessAsync(new MemoryStream(jpeg), jpeg.Length - 10);

        Assert.Equal(ImageRejectionReason.TooLarge, result.Rejection?.Reason);
    }

    [Fact]
    public async Task ProcessAsync_StreamShorterThanStated_RejectedAsTruncated()
    {
        var jpeg = TestImages.Jpeg(64, 64);

        var result = await _pipeline.ProcessAsync(new MemoryStream(jpeg), jpeg.Length + 10);

        Assert.Equal(ImageRejectionReason.Truncated, result.Rejection?.Reason);
    }

    [Fact]
    public async Task ProcessAsync_SlowerThanTimeout_RejectedAsTimeout()
    {
        var pipeline = new ImagePipeline(new ImagePipelineOptions { Timeout = TimeSpan.FromMilliseconds(1) });
        var jpeg = TestImages.Jpeg(3000, 2000);

        var result = await pipeline.ProcessAsync(new MemoryStream(jpeg), jpeg.Length);

        Assert.Equal(ImageRejectionReason.Timeout, result.Rejection?.Reason);
    }

    [Fact]
    public async Task ProcessAsync_CallerCancels_ThrowsRatherThanRejecting()
    {
        var jpeg = TestImages.Jpeg(64, 64);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _pipeline.ProcessAsync(new MemoryStream(jpeg), jpeg.Length, cancelled.Token));
    }

    /// <summary>Damaged copies of valid images: whatever ImageSharp makes of them, the pipeline answers and never throws.</summary>
    [Theory]
    [InlineData("jpeg")]
    [InlineData("png")]
    [InlineData("gif")]
    [InlineData("webp")]
    public async Task ProcessAsync_RandomlyDamagedImages_AlwaysAnswersWithoutThrowing(string format)
    {
        var original = format switch
        {
            "jpeg" => TestImages.Jpeg(96, 64),
            "png" => TestImages.Png(96, 64),
            "gif" => TestImages.AnimatedGif(96, 64, 2),
            _ => TestImages.Webp(96, 64),
        };
        var random = new Random(4);
        for (var i = 0; i < 60; i++)
        {
            var damaged = (byte[])original.Clone();
            for (var j = random.Next(1, 6); j > 0; j--)
            {
                damaged[random.Next(12, damaged.Length)] = (byte)random.Next(256);
            }

            var result = await _pipeline.ProcessAsync(new MemoryStream(damaged), damaged.Length);

            if (result.IsAccepted)
            {
                Assert.All(result.Variants, variant => Assert.Equal((variant.Width, variant.Height), ImageInspection.Size(variant)));
            }
            else
            {
                Assert.Empty(result.Variants);
            }
        }
    }

    private static byte[] Hostile(string name) => name switch
    {
        "png-bomb-50000x50000" => TestImages.PngFromChunks(("IHDR", TestImages.PngHeader(50_000, 50_000)), ("IDAT", TestImages.Zlib(new byte[4096]))),
        "jpeg-bomb-50000x50000" => JpegDeclaring(50_000, 50_000),
        "gif-bomb-50000x50000" => TestImages.GifWithFrames(1, canvasWidth: 50_000, canvasHeight: 50_000),
        "png-20000x100" => TestImages.PngFromChunks(("IHDR", TestImages.PngHeader(20_000, 100)), ("IDAT", TestImages.Zlib(new byte[4096]))),
        "jpeg-truncated" => FirstPart(TestImages.Jpeg(800, 600)),
        "png-truncated" => FirstPart(TestImages.Png(400, 300)),
        "html-named-jpg" => Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"),
        "svg-with-script" => Encoding.UTF8.GetBytes("""<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><script>alert(1)</script><rect width="100" height="100"/></svg>"""),
        "tiff" => EncodedWithDefaultConfiguration(new TiffEncoder()),
        "bmp" => EncodedWithDefaultConfiguration(new BmpEncoder()),
        "gif-3000-frames" => TestImages.GifWithFrames(3000),
        "gif-lzw-code-size-12" => TestImages.GifWithFrames(1, lzwCodeSize: 12),
        "gif-frame-outside-canvas" => WithFrameSize(TestImages.GifWithFrames(1), 60_000, 60_000),
        "file-16mb" => SixteenMegabytesStartingLikeJpeg(),
        "png-ztxt-inflating-to-200mb" => TestImages.InsertPngChunk(TestImages.Png(64, 64), "zTXt", [.. "Comment"u8, 0, 0, .. TestImages.Zlib(200L * 1024 * 1024, new byte[64 * 1024])]),
        "png-itxt-2mb" => TestImages.InsertPngChunk(TestImages.Png(64, 64), "iTXt", [.. "XML:com.adobe.xmp"u8, 0, 0, 0, 0, 0, .. new byte[2 * 1024 * 1024]]),
        "png-chunk-longer-than-file" => WithChunkLength(TestImages.InsertPngChunk(TestImages.Png(64, 64), "tEXt", [.. "Comment"u8, 0, .. "hi"u8]), chunkStart: 33, int.MaxValue),
        "webp-riff-size-too-large" => WithRiffSize(TestImages.Webp(64, 64), delta: 1000),
        "webp-riff-size-too-small" => WithRiffSize(TestImages.Webp(64, 64), delta: -20),
        "empty" => [],
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    /// <summary>The first 60 %, as an interrupted upload or copy leaves it.</summary>
    private static byte[] FirstPart(byte[] image) => image[..(image.Length * 6 / 10)];

    private static byte[] SixteenMegabytesStartingLikeJpeg()
    {
        var file = new byte[16 * 1024 * 1024];
        TestImages.Jpeg(64, 64).CopyTo(file, 0);
        return file;
    }

    /// <summary>A small valid JPEG whose frame header claims another size.</summary>
    private static byte[] JpegDeclaring(int width, int height)
    {
        var jpeg = TestImages.Jpeg(64, 64);
        for (var i = 2; i + 9 < jpeg.Length; i++)
        {
            if (jpeg[i] == 0xFF && jpeg[i + 1] is 0xC0 or 0xC2)
            {
                BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(i + 5), (ushort)height);
                BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(i + 7), (ushort)width);
                return jpeg;
            }
        }

        throw new InvalidOperationException("No frame header in the encoded JPEG.");
    }

    private static byte[] EncodedWithDefaultConfiguration(SixLabors.ImageSharp.Formats.IImageEncoder encoder)
    {
        using var image = TestImages.Picture(64, 64);
        return TestImages.Encode(image, encoder);
    }

    private static byte[] WithFrameSize(byte[] gif, int width, int height)
    {
        var descriptor = Array.IndexOf(gif, (byte)0x2C, 13 + 6);
        BinaryPrimitives.WriteUInt16LittleEndian(gif.AsSpan(descriptor + 5), (ushort)width);
        BinaryPrimitives.WriteUInt16LittleEndian(gif.AsSpan(descriptor + 7), (ushort)height);
        return gif;
    }

    private static byte[] WithChunkLength(byte[] png, int chunkStart, int length)
    {
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(chunkStart), length);
        return png;
    }

    private static byte[] WithRiffSize(byte[] webp, int delta)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(webp.AsSpan(4), (uint)(BinaryPrimitives.ReadUInt32LittleEndian(webp.AsSpan(4)) + delta));
        return webp;
    }
}
