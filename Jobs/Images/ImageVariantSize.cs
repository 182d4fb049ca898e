namespace HalloBot.Jobs.Images;

/// <summary>The sizes pages need; each is a bounding box for the longest side (see <see cref="ImagePipelineOptions"/>).</summary>
public enum ImageVariantSize
{
    /// <summary>Cards in lists and search results.</summary>
    List,

    /// <summary>The listing page.</summary>
    Page,

    /// <summary>The full-screen view.</summary>
    FullScreen,
}
