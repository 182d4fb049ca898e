using HalloBot.Jobs.Images;

namespace HalloBot.UnitTests.Images;

public sealed class FileSystemMediaStoreTests : IDisposable
{
    private readonly MediaFolder _media = new();

    public void Dispose() => _media.Dispose();

    [Fact]
    public async Task SaveOriginalAsync_Upload_KeptPrivatelyAndReadBack()
    {
        var key = MediaKey.New();

        await _media.Store.SaveOriginalAsync(key, new MemoryStream([1, 2, 3]));

        Assert.Equal([$"originals/{key}"], _media.Files());
        await using var original = _media.Store.OpenOriginal(key);
        Assert.NotNull(original);
        var copy = new MemoryStream();
        await original.CopyToAsync(copy);
        Assert.Equal([1, 2, 3], copy.ToArray());
        Assert.False(_media.Store.PublicFolder.StartsWith(_media.Store.OriginalsFolder, StringComparison.Ordinal));
        Assert.False(_media.Store.OriginalsFolder.StartsWith(_media.Store.PublicFolder, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SaveOriginalAsync_StreamFailsHalfway_NothingLeft()
    {
        var key = MediaKey.New();

        await Assert.ThrowsAsync<IOException>(() => _media.Store.SaveOriginalAsync(key, new FailingStream(bytesBeforeFailure: 100_000)));

        Assert.Empty(_media.Files());
        Assert.Null(_media.Store.OpenOriginal(key));
    }

    [Fact]
    public async Task PublishVariantsAsync_ProcessedPhoto_AllFilesUnderPublicPhotosAndNoTemporaryFiles()
    {
        var key = MediaKey.New();
        var jpeg = TestImages.Jpeg(600, 400);
        await _media.Store.SaveOriginalAsync(key, new MemoryStream(jpeg));

        var result = await new PhotoVariantProcessor(new ImagePipeline(new ImagePipelineOptions()), _media.Store).ProcessAsync(key);

        Assert.True(result.IsAccepted, result.ToString());
        string[] expected =
        [
            $"originals/{key}",
            $"public/photos/{key}/full.jpg",
            $"public/photos/{key}/full.webp",
            $"public/photos/{key}/list.jpg",
            $"public/photos/{key}/list.webp",
            $"public/photos/{key}/page.jpg",
            $"public/photos/{key}/page.webp",
        ];
        Assert.Equal(expected, _media.Files());
        Assert.Equal($"photos/{key}/page.webp", _media.Store.VariantPath(key, ImageVariantSize.Page, ImageVariantFormat.Webp));
        var list = result.Variants.Single(v => v.Size == ImageVariantSize.List && v.Format == ImageVariantFormat.Jpeg);
        Assert.Equal(list.Content.ToArray(), await File.ReadAllBytesAsync(Path.Combine(_media.Store.PublicFolder, "photos", key, "list.jpg")));
    }

    [Fact]
    public async Task PublishVariantsAsync_SameKeyAgain_ReplacesTheWholeSet()
    {
        var key = MediaKey.New();
        await _media.Store.PublishVariantsAsync(key, [Variant(ImageVariantSize.List, 1), Variant(ImageVariantSize.Page, 1)]);

        await _media.Store.PublishVariantsAsync(key, [Variant(ImageVariantSize.List, 2)]);

        Assert.Equal([$"public/photos/{key}/list.webp"], _media.Files());
        Assert.Equal([2], await File.ReadAllBytesAsync(Path.Combine(_media.Store.PublicFolder, "photos", key, "list.webp")));
    }

    [Fact]
    public async Task DeleteVariants_PublishedPhoto_FolderGone()
    {
        var key = MediaKey.New();
        await _media.Store.PublishVariantsAsync(key, [Variant(ImageVariantSize.List, 1)]);

        _media.Store.DeleteVariants(key);
        _media.Store.DeleteVariants(key);

        Assert.Empty(_media.Files());
    }

    [Theory]
    [InlineData("")]
    [InlineData("..")]
    [InlineData("../../etc/passwd")]
    [InlineData("a/b")]
    [InlineData("A1")]
    [InlineData("photo.jpg")]
    [InlineData("x\\y")]
    public async Task SaveOriginalAsync_KeyThatIsNotAPlainName_Refused(string key)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _media.Store.SaveOriginalAsync(key, new MemoryStream([1])));
        Assert.Throws<ArgumentException>(() => _media.Store.OpenOriginal(key));
        Assert.Throws<ArgumentException>(() => _media.Store.DeleteVariants(key));
        Assert.Empty(_media.Files());
    }

    [Fact]
    public void ResolveRoot_RelativeOrRooted_UnderDataFolderUnlessRooted()
    {
        Assert.Equal(Path.GetFullPath("/srv/data/media"), new MediaOptions().ResolveRoot("/srv/data"));
        Assert.Equal(Path.GetFullPath("/mnt/shared/media"), new MediaOptions { Root = "/mnt/shared/media" }.ResolveRoot("/srv/data"));
    }

    private static ImageVariant Variant(ImageVariantSize size, byte content) => new(size, ImageVariantFormat.Webp, 1, 1, new byte[] { content });

    /// <summary>An upload whose connection drops after some bytes.</summary>
    private sealed class FailingStream(int bytesBeforeFailure) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_position >= bytesBeforeFailure)
            {
                throw new IOException("The connection was reset.");
            }

            var read = Math.Min(count, bytesBeforeFailure - _position);
            Array.Fill(buffer, (byte)7, offset, read);
            _position += read;
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
