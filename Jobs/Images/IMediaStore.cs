namespace HalloBot.Jobs.Images;

/// <summary>
/// Where photos live: originals privately (never served), variants publicly. Every write is all or nothing:
/// a reader sees the old file, the new one, or none, never half of one. Keys are made by the caller
/// (see <see cref="MediaKey"/>): 1–64 characters of a–z, 0–9 and '-', e.g. a GUID in "N" format.
/// </summary>
public interface IMediaStore
{
    /// <summary>Stores an upload as it came, replacing an earlier original of the same key.</summary>
    Task SaveOriginalAsync(string key, Stream content, CancellationToken cancellationToken = default);

    /// <summary>The original for reading, or null when there is none.</summary>
    Stream? OpenOriginal(string key);

    void DeleteOriginal(string key);

    /// <summary>Publishes the variants of one photo together, replacing any earlier set of the same key.</summary>
    Task PublishVariantsAsync(string key, IReadOnlyCollection<ImageVariant> variants, CancellationToken cancellationToken = default);

    void DeleteVariants(string key);

    /// <summary>The variant's path below the public root, with '/' separators: <c>photos/{key}/{size}.{ext}</c>; the web layer prefixes its URL.</summary>
    string VariantPath(string key, ImageVariantSize size, ImageVariantFormat format);
}
