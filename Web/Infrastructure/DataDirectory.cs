namespace HalloBot.Web.Infrastructure;

/// <summary>
/// The one folder that holds all embedded state: database, index, media, mail pickup.
/// <c>HalloBot:DataDirectory</c>, relative paths taken from the content root; default <c>App_Data</c>.
/// </summary>
public sealed class DataDirectory
{
    public DataDirectory(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(string relative) => System.IO.Path.Combine(Path, relative);

    public static DataDirectory FromConfiguration(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration["HalloBot:DataDirectory"];
        var path = string.IsNullOrWhiteSpace(configured) ? "App_Data" : configured;
        return new DataDirectory(System.IO.Path.IsPathRooted(path) ? path : System.IO.Path.Combine(contentRoot, path));
    }
}
