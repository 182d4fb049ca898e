namespace HalloBot.Jobs.Images;

/// <summary><c>HalloBot:Media</c>: where photos are kept; relative to the data folder unless rooted.</summary>
public sealed class MediaOptions
{
    public const string Section = "HalloBot:Media";

    public string Root { get; set; } = "media";

    public string ResolveRoot(string dataDirectory) => Path.GetFullPath(Path.IsPathRooted(Root) ? Root : Path.Combine(dataDirectory, Root));
}
