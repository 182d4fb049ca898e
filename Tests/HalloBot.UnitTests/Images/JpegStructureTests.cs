using System.Text;
using HalloBot.Jobs.Images;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.Metadata.Profiles.Iptc;
using SixLabors.ImageSharp.Metadata.Profiles.Xmp;

namespace HalloBot.UnitTests.Images;

public sealed class JpegStructureTests
{
    [Fact]
    public void WithoutProfiles_CameraJpeg_KeepsExifDropsXmpIptcAndIcc()
    {
        using var image = TestImages.Picture(64, 48);
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.Orientation, (ushort)6);
        image.Metadata.ExifProfile = exif;
        image.Metadata.XmpProfile = new XmpProfile(Encoding.UTF8.GetBytes("""<x:xmpmeta xmlns:x="adobe:ns:meta/"/>"""));
        var iptc = new IptcProfile();
        iptc.SetValue(IptcTag.Caption, "caption");
        image.Metadata.IptcProfile = iptc;
        var jpeg = TestImages.Encode(image, new JpegEncoder());
        var withIcc = InsertIccSegment(jpeg);
        Assert.Null(JpegStructure.Check(withIcc));
        Assert.Contains((byte)0xE2, TestImages.JpegMarkers(withIcc));
        Assert.Contains((byte)0xED, TestImages.JpegMarkers(withIcc));

        var stripped = JpegStructure.WithoutProfiles(withIcc);

        Assert.Null(JpegStructure.Check(stripped));
        Assert.DoesNotContain((byte)0xE2, TestImages.JpegMarkers(stripped));
        Assert.DoesNotContain((byte)0xED, TestImages.JpegMarkers(stripped));
        Assert.Equal(1, TestImages.JpegMarkers(stripped).Count(marker => marker == 0xE1));
        var info = Image.Identify(stripped);
        Assert.Equal((ushort)6, info.Metadata.ExifProfile?.GetValue(ExifTag.Orientation)?.Value);
        Assert.Null(info.Metadata.XmpProfile);
        Assert.Null(info.Metadata.IptcProfile);
        Assert.Null(info.Metadata.IccProfile);
        // The image data after the header segments is copied as it is.
        Assert.Equal(withIcc.AsSpan(withIcc.Length - 200).ToArray(), stripped.AsSpan(stripped.Length - 200).ToArray());
    }

    /// <summary>An APP2 ICC_PROFILE segment right after SOI, as cameras write it, holding a 132-byte profile header.</summary>
    private static byte[] InsertIccSegment(byte[] jpeg)
    {
        var profile = new byte[132];
        profile[3] = 132;
        "acsp"u8.CopyTo(profile.AsSpan(36));
        byte[] payload = [.. "ICC_PROFILE"u8, 0, 1, 1, .. profile];
        byte[] segment = [0xFF, 0xE2, (byte)((payload.Length + 2) >> 8), (byte)(payload.Length + 2), .. payload];
        return [.. jpeg.AsSpan(0, 2), .. segment, .. jpeg.AsSpan(2)];
    }
}
