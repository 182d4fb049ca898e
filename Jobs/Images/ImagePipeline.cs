using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Memory;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace HalloBot.Jobs.Images;

/// <summary>
/// Turns an uploaded original into the variants pages show, or refuses it with a reason. The decoder is
/// ImageSharp 2.1.13, which receives no more fixes, so every input is treated as hostile: the type comes
/// from the bytes, the structure is checked before the decoder sees the file, the header is read and the
/// limits applied before decoding, allocations are capped, time is bounded, and anything the decoder throws
/// becomes a rejection. Writes nothing anywhere: the caller stores the variants of an accepted image.
/// </summary>
public sealed class ImagePipeline
{
    private static readonly ImageVariantSize[] LargestFirst = [ImageVariantSize.FullScreen, ImageVariantSize.Page, ImageVariantSize.List];

    private readonly ImagePipelineOptions _options;
    private readonly Configuration _configuration;
    private readonly Configuration _webpDecoding;
    private readonly WebpEncoder _webpEncoder;
    private readonly JpegEncoder _jpegEncoder;

    public ImagePipeline(ImagePipelineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        _options = options;
        _configuration = RestrictedImageConfiguration.Create(options);
        _webpDecoding = RestrictedImageConfiguration.CreateWithFreshBuffers();
        _webpEncoder = new WebpEncoder { FileFormat = WebpFileFormatType.Lossy, Quality = options.WebpQuality };
        _jpegEncoder = new JpegEncoder { Quality = options.JpegQuality, ColorType = JpegColorType.YCbCrRatio420 };
    }

    /// <summary>
    /// Reads <paramref name="length"/> bytes of <paramref name="original"/> and processes them within
    /// <see cref="ImagePipelineOptions.Timeout"/>. Cancelling <paramref name="cancellationToken"/> throws
    /// <see cref="OperationCanceledException"/> (the job was stopped); running out of time is a rejection.
    /// </summary>
    public async Task<ImageProcessingResult> ProcessAsync(Stream original, long length, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(original);
        if (length <= 0)
        {
            return ImageProcessingResult.Rejected(ImageRejectionReason.Empty, "The file has no bytes.");
        }

        if (length > _options.MaxBytes)
        {
            return ImageProcessingResult.Rejected(ImageRejectionReason.TooLarge, $"The file has {length} bytes, at most {_options.MaxBytes} are allowed.");
        }

        var bytes = new byte[length];
        var read = await original.ReadAtLeastAsync(bytes, bytes.Length, throwOnEndOfStream: false, cancellationToken);
        if (read < length)
        {
            return ImageProcessingResult.Rejected(ImageRejectionReason.Truncated, $"The stream ended after {read} of {length} bytes.");
        }

        if (await original.ReadAsync(new byte[1], cancellationToken) > 0)
        {
            return ImageProcessingResult.Rejected(ImageRejectionReason.TooLarge, $"The stream holds more than the {length} bytes stated.");
        }

        return await ProcessWithinTimeAsync(bytes, cancellationToken);
    }

    private async Task<ImageProcessingResult> ProcessWithinTimeAsync(byte[] bytes, CancellationToken cancellationToken)
    {
        var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_options.Timeout);
        var work = Task.Run(() => ProcessAsync(bytes, deadline.Token), deadline.Token);

        // The work may outlive the wait when a decoder does not look at the token; it stops at the next
        // check, bounded by the pixel limits, and the token source lives until then.
        _ = work.ContinueWith(_ => deadline.Dispose(), TaskScheduler.Default);
        try
        {
            return await work.WaitAsync(deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ImageProcessingResult.Rejected(ImageRejectionReason.Timeout, $"Processing took longer than {_options.Timeout}.");
        }
    }

    private async Task<ImageProcessingResult> ProcessAsync(byte[] bytes, CancellationToken cancellationToken)
    {
        var type = ImageSignature.Detect(bytes);
        if (type is null)
        {
            return ImageProcessingResult.Rejected(ImageRejectionReason.UnsupportedType, $"The file starts with {Convert.ToHexString(bytes.AsSpan(0, Math.Min(8, bytes.Length)))}, not JPEG, PNG, GIF or WebP.");
        }

        var structureProblem = type switch
        {
            ImageFileType.Jpeg => JpegStructure.Check(bytes),
            ImageFileType.Png => PngStructure.Check(bytes, _options.MaxMetadataBytes),
            ImageFileType.Gif => GifStructure.Check(bytes, _options.MaxFrames),
            _ => WebpStructure.Check(bytes, _options.MaxFrames, _options.MaxPixels),
        };
        if (structureProblem is not null)
        {
            return ImageProcessingResult.Rejected(structureProblem);
        }

        if (type == ImageFileType.Jpeg)
        {
            bytes = JpegStructure.WithoutProfiles(bytes);
        }

        IImageFormat? format;
        IImageInfo? info;
        try
        {
            using var header = new MemoryStream(bytes, writable: false);
            info = Image.Identify(_configuration, header, out format);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return ImageProcessingResult.Rejected(RejectionFor(e, "reading the header"));
        }

        if (info is null || format is null)
        {
            return ImageProcessingResult.Rejected(ImageRejectionReason.Corrupt, $"The {type} header could not be read.");
        }

        var limitProblem = CheckLimits(info.Width, info.Height);
        if (limitProblem is not null)
        {
            return ImageProcessingResult.Rejected(limitProblem);
        }

        cancellationToken.ThrowIfCancellationRequested();
        Image<Rgba32> image;
        try
        {
            using var content = new MemoryStream(bytes, writable: false);
            var decoding = format is WebpFormat ? _webpDecoding : _configuration;
            image = await Image.LoadAsync<Rgba32>(decoding, content, decoding.ImageFormatsManager.FindDecoder(format), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return ImageProcessingResult.Rejected(RejectionFor(e, "decoding"));
        }

        using (image)
        {
            try
            {
                Normalize(image);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return ImageProcessingResult.Rejected(RejectionFor(e, "reading the orientation"));
            }

            var sizeProblem = image.Width == info.Width && image.Height == info.Height || image.Width == info.Height && image.Height == info.Width
                ? null
                : $"The header says {info.Width}×{info.Height}, the decoded image is {image.Width}×{image.Height}.";
            if (sizeProblem is not null)
            {
                return ImageProcessingResult.Rejected(ImageRejectionReason.Corrupt, sizeProblem);
            }

            return ImageProcessingResult.Accepted(await RenderVariantsAsync(image, flatten: type != ImageFileType.Jpeg, cancellationToken));
        }
    }

    private ImageRejection? CheckLimits(int width, int height)
    {
        if (width <= 0 || height <= 0)
        {
            return new ImageRejection(ImageRejectionReason.Corrupt, $"The header declares {width}×{height} pixels.");
        }

        if ((long)width * height > _options.MaxPixels)
        {
            return new ImageRejection(ImageRejectionReason.TooManyPixels, $"The image is {width}×{height} = {(long)width * height} pixels; at most {_options.MaxPixels} are allowed.");
        }

        return width > _options.MaxSide || height > _options.MaxSide
            ? new ImageRejection(ImageRejectionReason.SideTooLong, $"The image is {width}×{height} pixels; no side may exceed {_options.MaxSide}.")
            : null;
    }

    /// <summary>First frame only, upright, and not a byte of EXIF (GPS!), XMP, IPTC or ICC left.</summary>
    private static void Normalize(Image<Rgba32> image)
    {
        while (image.Frames.Count > 1)
        {
            image.Frames.RemoveFrame(image.Frames.Count - 1);
        }

        image.Mutate(x => x.AutoOrient());

        // The ICC profile is dropped, never read: 2.x parses its entries with an unfixed allocation flaw.
        image.Metadata.ExifProfile = null;
        image.Metadata.XmpProfile = null;
        image.Metadata.IptcProfile = null;
        image.Metadata.IccProfile = null;
        foreach (var frame in image.Frames)
        {
            frame.Metadata.ExifProfile = null;
            frame.Metadata.XmpProfile = null;
            frame.Metadata.IptcProfile = null;
            frame.Metadata.IccProfile = null;
        }
    }

    /// <summary>Each size is made from the next larger one, which is faster than from the original and looks the same at these ratios.</summary>
    private async Task<IReadOnlyList<ImageVariant>> RenderVariantsAsync(Image<Rgba32> image, bool flatten, CancellationToken cancellationToken)
    {
        var variants = new List<ImageVariant>(LargestFirst.Length * 2);
        var current = image;
        try
        {
            var fullScreen = ImagePipelineOptions.Fit(image.Width, image.Height, _options.FullScreenSide);
            foreach (var size in LargestFirst)
            {
                var (width, height) = _options.SizeOf(size, fullScreen.Width, fullScreen.Height);
                if (current.Width != width || current.Height != height)
                {
                    var resized = current.Clone(x => x.Resize(width, height));
                    if (!ReferenceEquals(current, image))
                    {
                        current.Dispose();
                    }

                    current = resized;
                }

                cancellationToken.ThrowIfCancellationRequested();
                variants.Add(new ImageVariant(size, ImageVariantFormat.Webp, width, height, await EncodeAsync(current, _webpEncoder, cancellationToken)));
                if (flatten)
                {
                    // JPEG has no transparency: transparent pixels would come out in whatever colour they hide.
                    using var opaque = current.Clone(x => x.BackgroundColor(Color.White));
                    variants.Add(new ImageVariant(size, ImageVariantFormat.Jpeg, width, height, await EncodeAsync(opaque, _jpegEncoder, cancellationToken)));
                }
                else
                {
                    variants.Add(new ImageVariant(size, ImageVariantFormat.Jpeg, width, height, await EncodeAsync(current, _jpegEncoder, cancellationToken)));
                }
            }
        }
        finally
        {
            if (!ReferenceEquals(current, image))
            {
                current.Dispose();
            }
        }

        return variants;
    }

    private static async Task<ReadOnlyMemory<byte>> EncodeAsync(Image<Rgba32> image, IImageEncoder encoder, CancellationToken cancellationToken)
    {
        using var output = new MemoryStream();
        await image.SaveAsync(output, encoder, cancellationToken);
        return output.ToArray();
    }

    /// <summary>2.x throws anything on crafted input (even NullReferenceException); whatever it is, the image is refused.</summary>
    private static ImageRejection RejectionFor(Exception exception, string step)
    {
        var reason = exception switch
        {
            UnknownImageFormatException or NotSupportedException => ImageRejectionReason.UnsupportedType,
            InvalidMemoryOperationException or OutOfMemoryException => ImageRejectionReason.TooManyPixels,
            _ => ImageRejectionReason.Corrupt,
        };
        return new ImageRejection(reason, $"{step}: {exception.GetType().Name}: {exception.Message}");
    }
}
