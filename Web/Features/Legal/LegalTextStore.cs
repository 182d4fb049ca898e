using System.Globalization;
using HalloBot.Web.Infrastructure;

namespace HalloBot.Web.Features.Legal;

/// <summary>An office text in one language, and the language it is actually in.</summary>
public sealed record LegalText(RenderedText Content, string Language);

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

    /// <summary>A text larger than this is a mistake (a wrong file copied in), not an imprint.</summary>
    private const long MaxBytes = 256 * 1024;

    public string Folder => dataDirectory.Combine("content");

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
