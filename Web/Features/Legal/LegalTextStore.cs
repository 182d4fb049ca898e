using System.Globalization;
using HalloBot.Web.Infrastructure;

namespace HalloBot.Web.Features.Legal;

/// <summary>An office text in one language, and the language it is actually in.</summary>
public sealed record LegalText(RenderedText Content, string Language);

/// <summary>The Markdown of one text in one language; <see cref="OfficeVersionSince"/> is null for the shipped text.</summary>
public sealed record LegalTextSource(string Name, string Language, string Markdown, DateTime? OfficeVersionSince);

/// <summary>
/// The imprint and privacy texts: the office's own file in the data folder (<c>content/impressum.de.md</c>,
/// <c>content/datenschutz.en.md</c>, …) where there is one, else the text shipped with the site. Read on every
/// request, so that an edited file shows at once. The office's German text comes before a shipped English one:
/// an English reader then sees the office's current text, marked as German, rather than an outdated translation.
/// </summary>
public sealed class LegalTextStore(DataDirectory dataDirectory, ILogger<LegalTextStore> logger)
{
    public const string Imprint = "impressum";
    public const string Privacy = "datenschutz";
    public const string EasyRead = "leichte-sprache";

    /// <summary>A text larger than this is a mistake (a wrong file copied in), not an imprint.</summary>
    private const long MaxBytes = 256 * 1024;

    public string Folder => dataDirectory.Combine("content");

    /// <summary>The texts the office may edit, each in German and English.</summary>
    public static IReadOnlyList<string> Names { get; } = [Imprint, Privacy, EasyRead];

    public static IReadOnlyList<string> Languages { get; } = ["de", "en"];

    /// <summary>The largest text the office can save (and the store will read).</summary>
    public static long MaxLength => MaxBytes;

    public static bool IsKnown(string name, string language) => Names.Contains(name) && Languages.Contains(language);

    /// <summary>The Markdown of one text as it stands: the office's own version where there is one, else the shipped one.</summary>
    public async Task<LegalTextSource> ReadSourceAsync(string name, string language, CancellationToken cancellationToken)
    {
        EnsureKnown(name, language);
        var file = new FileInfo(OfficePath(name, language));
        if (await ReadOfficeFileAsync(file.Name, cancellationToken) is { } text)
        {
            return new LegalTextSource(name, language, text, file.LastWriteTimeUtc);
        }

        return new LegalTextSource(name, language, await ReadShippedAsync($"{name}.{language}.md"), OfficeVersionSince: null);
    }

    /// <summary>
    /// Saves the office's version. Written to a temporary file and moved over the old one, so that a reader sees either
    /// the old text or the new, never half of it.
    /// </summary>
    public async Task SaveAsync(string name, string language, string markdown, CancellationToken cancellationToken)
    {
        EnsureKnown(name, language);
        Directory.CreateDirectory(Folder);
        var path = OfficePath(name, language);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllTextAsync(temporary, markdown, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Removes the office's version: the shipped text shows again.</summary>
    public void Reset(string name, string language)
    {
        EnsureKnown(name, language);
        File.Delete(OfficePath(name, language));
    }

    private string OfficePath(string name, string language) => Path.Combine(Folder, $"{name}.{language}.md");

    private static void EnsureKnown(string name, string language)
    {
        if (!IsKnown(name, language))
        {
            throw new ArgumentException($"There is no office text {name}.{language}.", nameof(name));
        }
    }

    public async Task<LegalText> ReadAsync(string name, CancellationToken cancellationToken)
    {
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "de";
        string[] languages = language == "de" ? ["de"] : ["en", "de"];
        foreach (var candidate in languages)
        {
            if (await ReadOfficeFileAsync($"{name}.{candidate}.md", cancellationToken) is { } text)
            {
                return new LegalText(SafeMarkdown.Render(text), candidate);
            }
        }

        return new LegalText(SafeMarkdown.Render(await ReadShippedAsync($"{name}.{language}.md")), language);
    }

    private async Task<string?> ReadOfficeFileAsync(string fileName, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Folder, fileName);
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            return null;
        }

        if (file.Length > MaxBytes)
        {
            logger.LogWarning("The office text {File} is larger than {MaxBytes} bytes and is ignored; the shipped text is shown.", path, MaxBytes);
            return null;
        }

        return await File.ReadAllTextAsync(path, cancellationToken);
    }

    private static async Task<string> ReadShippedAsync(string fileName)
    {
        var resource = $"HalloBot.Web.Content.{fileName}";
        await using var stream = typeof(LegalTextStore).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The shipped text {resource} is missing from the build.");
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }
}
