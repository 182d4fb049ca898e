namespace HalloBot.Search;

/// <summary>How a process uses the search index.</summary>
public enum SearchIndexAccess
{
    /// <summary>The site: searches and writes, and follows a rebuild made by another process.</summary>
    Full,

    /// <summary>A command-line process, perhaps beside a running site: it may rebuild only (the embedded index's writer is the site's).</summary>
    RebuildOnly,
}
