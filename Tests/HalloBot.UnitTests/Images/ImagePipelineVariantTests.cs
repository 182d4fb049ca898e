using System.Text;
using HalloBot.Jobs.Images;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.Metadata.Profiles.Icc;
using SixLabors.ImageSharp.Metadata.Profiles.Iptc;
using SixLabors.ImageSharp.Metadata.Profiles.Xmp;
using SixLabors.ImageSharp.PixelFormats;

namespace HalloBot.UnitTests.Images;

public sealed class ImagePipelineVariantTests
{
    // JFIF (E0), tables, frame and scan only: no APP1 (EXIF, XMP), APP2 (ICC) or APP13 (IPTC).
    private static readonly byte[] PlainJpegMarkers = [0xE0, 0xDB, 0xC0, 0xC4, 0xDA];
    private static readonly string[] PlainWebpChunks = ["VP8", "VP8L", "VP8X", "ALPH"];

    private readonly ImagePipeline _pipeline = new(new ImagePipelineOptions());

    public static TheoryData<string, int, int, int, int, int, int, int, int> Formats() => new()
    {
        // format, original, full screen (2048), page (1024), list (400)
        { "jpeg", 3000, 2000, 2048, 1365, 1024, 683, 400, 267 },
        { "jpeg-portrait", 1000, 3000, 683, 2048, 342, 1024, 133, 400 },
        { "png", 1600, 1200, 1600, 1200, 1024, 768, 400, 300 },
        { "webp", 1200, 1600, 1200, 1600, 768, 1024, 300, 400 },
        { "gif", 500, 300, 500, 300, 500, 300, 400, 240 },
        { "png-small", 300, 200, 300, 200, 300, 200, 300, 200 },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task ProcessAsync_ValidImage_EverySizeAsWebpAndJpegNeverEnlarged(string format, int width, int height, int fullWidth, int fullHeight, int pageWidth, int pageHeight, int listWidth, int listHeight)
    {
        var original = format switch
        {
            "jpeg" or "jpeg-portrait" => TestImages.Jpeg(width, height),
            "png" or "png-small" => TestImages.Png(width, height),
            "webp" => TestImages.Webp(width, height),
            _ => TestImages.AnimatedGif(width, height, 3),
        };

        var result = await _pipeline.ProcessAsync(new MemoryStream(original), original.Length);

        Assert.True(result.IsAccepted, result.ToString());
        var expected = new Dictionary<ImageVariantSize, (int, int)>
        {
            [ImageVariantSize.FullScreen] = (fullWidth, fullHeight),
            [ImageVariantSize.Page] = (pageWidth, pageHeight),
            [ImageVariantSize.List] = (listWidth, listHeight),
        };
        Assert.Equal(6, result.Variants.Count);
        foreach (var size in expected.Keys)
        {
            foreach (var variantFormat in new[] { ImageVariantFormat.Webp, ImageVariantFormat.Jpeg })
            {
                var variant = Assert.Single(result.Variants, v => v.Size == size && v.Format == variantFormat);
                Assert.Equal(expected[size], (variant.Width, variant.Height));
                Assert.Equal(expected[size], new ImagePipelineOptions().SizeOf(size, fullWidth, fullHeight));
                Assert.Equal(expected[size], ImageInspection.Size(variant));
            }
        }
    }

    /// <summary>A camera photo taken with the phone turned: stored landscape, EXIF orientation 6 (turn 90° clockwise), with a GPS position and every kind of profile.</summary>
    [Fact]
    public async Task ProcessAsync_JpegWithOrientationAndGps_UprightWithNoMetadataAtAll()
    {
        var original = CameraJpegTurnedClockwise();
        Assert.Equal("EXIF, XMP, IPTC, ICC", ImageInspection.Profiles(original));
        Assert.NotNull(Image.Identify(original).Metadata.ExifProfile!.GetValue(ExifTag.GPSLatitude));

        var result = await _pipeline.ProcessAsync(new MemoryStream(original), original.Length);

        Assert.True(result.IsAccepted, result.ToString());
        Assert.Equal(6, result.Variants.Count);
        foreach (var variant in result.Variants)
        {
            var bytes = variant.Content.ToArray();
            Assert.Equal((200, 300), (variant.Width, variant.Height));
            Assert.Equal((200, 300), ImageInspection.Size(variant));

            // Turned clockwise, the stored left column is now the top row: blue | red over yellow | green.
            Assert.True(TestImages.IsClose(TestImages.PixelAt(bytes, 50, 75), TestImages.Blue), $"{variant.FileName} top left");
            Assert.True(TestImages.IsClose(TestImages.PixelAt(bytes, 150, 75), TestImages.Red), $"{variant.FileName} top right");
            Assert.True(TestImages.IsClose(TestImages.PixelAt(bytes, 50, 225), TestImages.Yellow), $"{variant.FileName} bottom left");
            Assert.True(TestImages.IsClose(TestImages.PixelAt(bytes, 150, 225), TestImages.Green), $"{variant.FileName} bottom right");

            Assert.Equal(string.Empty, ImageInspection.Profiles(bytes));
            Assert.DoesNotContain("Exif", Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
            Assert.DoesNotContain("adobe", Encoding.Latin1.GetString(bytes), StringComparison.OrdinalIgnoreCase);
            if (variant.Format == ImageVariantFormat.Jpeg)
            {
                Assert.All(TestImages.JpegMarkers(bytes), marker => Assert.Contains(marker, PlainJpegMarkers));
            }
            else
            {
                Assert.All(TestImages.WebpChunks(bytes), chunk => Assert.Contains(chunk, PlainWebpChunks));
            }
        }
    }

    [Fact]
    public async Task ProcessAsync_AnimatedGif_FirstFrameOnly()
    {
        var gif = TestImages.AnimatedGif(120, 80, 5);

        var result = await _pipeline.ProcessAsync(new MemoryStream(gif), gif.Length);

        Assert.True(result.IsAccepted, result.ToString());
        Assert.All(result.Variants, variant => Assert.True(TestImages.IsClose(TestImages.PixelAt(variant.Content.ToArray(), 60, 40), TestImages.Red), variant.FileName));
    }

    [Fact]
    public async Task ProcessAsync_TransparentPng_JpegOnWhiteWebpKeepsTransparency()
    {
        using var image = new Image<Rgba32>(100, 100, new Rgba32(0, 0, 0, 0));
        var png = TestImages.Encode(image, new PngEncoder());

        var result = await _pipeline.ProcessAsync(new MemoryStream(png), png.Length);

        Assert.True(result.IsAccepted, result.ToString());
        var jpeg = result.Variants.First(v => v.Format == ImageVariantFormat.Jpeg).Content.ToArray();
        var webp = result.Variants.First(v => v.Format == ImageVariantFormat.Webp).Content.ToArray();
        Assert.True(TestImages.IsClose(TestImages.PixelAt(jpeg, 50, 50), new Rgba32(255, 255, 255)));
        Assert.Equal(0, TestImages.PixelAt(webp, 50, 50).A);
    }

    [Fact]
    public async Task ProcessAsync_TransparentPngAfterOtherImages_EveryWebpVariantStaysTransparent()
    {
        // Buffers used for a busy, half-transparent picture return to the pool; the next transparent logo must not
        // pick up anything of it.
        using var busy = new Image<Rgba32>(400, 300);
        var random = new Random(7);
        busy.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                foreach (ref var pixel in rows.GetRowSpan(y))
                {
                    pixel = new Rgba32((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256));
                }
            }
        });
        var busyPng = TestImages.Encode(busy, new PngEncoder());
        using var clear = new Image<Rgba32>(100, 100, new Rgba32(0, 0, 0, 0));
        var clearPng = TestImages.Encode(clear, new PngEncoder());

        for (var round = 0; round < 3; round++)
        {
            Assert.True((await _pipeline.ProcessAsync(new MemoryStream(busyPng), busyPng.Length)).IsAccepted);
            var result = await _pipeline.ProcessAsync(new MemoryStream(clearPng), clearPng.Length);

            Assert.True(result.IsAccepted, result.ToString());
            foreach (var variant in result.Variants.Where(v => v.Format == ImageVariantFormat.Webp))
            {
                var bytes = variant.Content.ToArray();
                foreach (var (x, y) in new[] { (0, 0), (variant.Width / 2, variant.Height / 2), (variant.Width - 1, variant.Height - 1) })
                {
                    Assert.True(TestImages.PixelAt(bytes, x, y).A == 0, $"round {round}, {variant.Size}: pixel ({x}, {y}) is not transparent");
                }
            }
        }
    }

    [Fact]
    public async Task ProcessAsync_TransparentWebpUploadAfterBusyWebpUploads_StaysTransparent()
    {
        // ImageSharp 2.x's WebP decoder leaves parts of a pooled buffer uncleared (TestImages.PixelAt). With pooled
        // memory this failed in about one full unit-test run in three (round 0, among the other image tests); the
        // pipeline therefore decodes WebP uploads with fresh buffers.
        using var busy = new Image<Rgba32>(400, 300);
        var random = new Random(11);
        busy.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                foreach (ref var pixel in rows.GetRowSpan(y))
                {
                    pixel = new Rgba32((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256));
                }
            }
        });
        var busyWebp = TestImages.Encode(busy, new WebpEncoder { FileFormat = WebpFileFormatType.Lossy });
        using var clear = new Image<Rgba32>(120, 90, new Rgba32(0, 0, 0, 0));
        var clearWebp = TestImages.Encode(clear, new WebpEncoder { FileFormat = WebpFileFormatType.Lossy });

        for (var round = 0; round < 5; round++)
        {
            Assert.True((await _pipeline.ProcessAsync(new MemoryStream(busyWebp), busyWebp.Length)).IsAccepted);
            var result = await _pipeline.ProcessAsync(new MemoryStream(clearWebp), clearWebp.Length);

            Assert.True(result.IsAccepted, result.ToString());
            var jpeg = result.Variants.First(v => v.Format == ImageVariantFormat.Jpeg);
            Assert.True(TestImages.IsClose(TestImages.PixelAt(jpeg.Content.ToArray(), jpeg.Width / 2, jpeg.Height / 2), new Rgba32(255, 255, 255), 2),
                $"round {round}: the JPEG of a clear picture is white only if every decoded pixel was transparent");
            foreach (var variant in result.Variants.Where(v => v.Format == ImageVariantFormat.Webp))
            {
                var bytes = variant.Content.ToArray();
                foreach (var (x, y) in new[] { (0, 0), (variant.Width / 2, variant.Height / 2), (variant.Width - 1, variant.Height - 1) })
                {
                    Assert.True(TestImages.PixelAt(bytes, x, y).A == 0, $"round {round}, {variant.Size}: pixel ({x}, {y}) is not transparent");
                }
            }
        }
    }

    private static byte[] CameraJpegTurnedClockwise()
    {
        using var image = TestImages.Quadrants(300, 200);
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.Orientation, (ushort)6);
        exif.SetValue(ExifTag.Make, "Phone");
        exif.SetValue(ExifTag.GPSLatitudeRef, "N");
        exif.SetValue(ExifTag.GPSLatitude, [new Rational(51, 1), new Rational(31, 1), new Rational(2, 1)]);
        exif.SetValue(ExifTag.GPSLongitudeRef, "E");
        exif.SetValue(ExifTag.GPSLongitude, [new Rational(6, 1), new Rational(55, 1), new Rational(44, 1)]);
        image.Metadata.ExifProfile = exif;
        image.Metadata.XmpProfile = new XmpProfile(Encoding.UTF8.GetBytes("""<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></x:xmpmeta>"""));
        var iptc = new IptcProfile();
        iptc.SetValue(IptcTag.Caption, "Hinterhof, Gladbecker Straße");
        image.Metadata.IptcProfile = iptc;
        image.Metadata.IccProfile = new IccProfile(MinimalIccProfile());
        return TestImages.Encode(image, new JpegEncoder { Quality = 95 });
    }

    /// <summary>A 132-byte ICC profile: a header with its size and signature, and no tags.</summary>
    private static byte[] MinimalIccProfile()
    {
        var profile = new byte[132];
        profile[3] = 132;
        profile[8] = 4; // version 4
        "mntrRGB XYZ "u8.CopyTo(profile.AsSpan(12));
        "acsp"u8.CopyTo(profile.AsSpan(36));
        return profile;
    }
}
