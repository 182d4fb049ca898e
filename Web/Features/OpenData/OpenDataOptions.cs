using Microsoft.Extensions.Options;

namespace HalloBot.Web.Features.OpenData;

/// <summary><c>HalloBot:OpenData</c>: which fields of published listings are open data, and who publishes them.</summary>
public sealed class OpenDataOptions
{
    public const string Section = "HalloBot:OpenData";

    /// <summary>
    /// The open fields (<see cref="OpenDataField.All"/>); unset means <see cref="OpenDataField.DefaultNames"/>.
    /// Null rather than the defaults: the configuration binder adds to a list that is already filled.
    /// </summary>
    public List<string>? Fields { get; set; }

    public string PublisherName { get; set; } = "Stadt Bottrop, Amt für Wirtschaftsförderung und Standortmanagement";

    public string PublisherUrl { get; set; } = "https://www.bottrop.de/";

    public string PublisherEmail { get; set; } = "wirtschaftsfoerderung@bottrop.example";

    /// <summary>A licence URI of DCAT-AP.de's licence list; default Datenlizenz Deutschland – Namensnennung – 2.0.</summary>
    public string License { get; set; } = "http://dcat-ap.de/def/licenses/dl-by-de/2.0";

    /// <summary>The attribution text that licences with "Namensnennung" ask re-users to show.</summary>
    public string LicenseAttribution { get; set; } = "Stadt Bottrop, Hallo-Bot Unternehmensverzeichnis";

    /// <summary>DCAT-AP.de's <c>contributorID</c>: the portal that delivers the metadata to GovData.</summary>
    public string ContributorId { get; set; } = "http://dcat-ap.de/def/contributors/openNRW";

    /// <summary>The Amtlicher Gemeindeschlüssel of the area the data covers (Bottrop: 05512000).</summary>
    public string MunicipalityKey { get; set; } = "05512000";

    public IReadOnlyList<OpenDataField> OpenFields =>
        [.. (Fields ?? [.. OpenDataField.DefaultNames]).Select(OpenDataField.Find).OfType<OpenDataField>().Distinct()];

    public bool IsOpen(string fieldName) => OpenFields.Any(f => f.Name == fieldName);
}

/// <summary>Refuses to start with an open-data configuration that would publish something other than the office meant.</summary>
public sealed class OpenDataOptionsValidator : IValidateOptions<OpenDataOptions>
{
    public ValidateOptionsResult Validate(string? name, OpenDataOptions options)
    {
        var errors = new List<string>();
        var known = string.Join(", ", OpenDataField.All.Select(f => f.Name));
        foreach (var field in options.Fields ?? [])
        {
            if (OpenDataField.Find(field) is null)
            {
                errors.Add($"{OpenDataOptions.Section}:Fields: \"{field}\" is no field of a listing; known fields are {known}.");
            }
        }

        if (!options.IsOpen(OpenDataField.NameField))
        {
            errors.Add($"{OpenDataOptions.Section}:Fields must contain \"{OpenDataField.NameField}\": a record without a name is of no use.");
        }

        RequireText(errors, nameof(options.PublisherName), options.PublisherName);
        RequireText(errors, nameof(options.LicenseAttribution), options.LicenseAttribution);
        RequireAbsoluteUri(errors, nameof(options.PublisherUrl), options.PublisherUrl);
        RequireAbsoluteUri(errors, nameof(options.License), options.License);
        RequireAbsoluteUri(errors, nameof(options.ContributorId), options.ContributorId);
        if (!System.Net.Mail.MailAddress.TryCreate(options.PublisherEmail, out _))
        {
            errors.Add($"{OpenDataOptions.Section}:PublisherEmail: \"{options.PublisherEmail}\" is no e-mail address.");
        }

        if (options.MunicipalityKey is not { Length: 8 } key || !key.All(char.IsAsciiDigit))
        {
            errors.Add($"{OpenDataOptions.Section}:MunicipalityKey: \"{options.MunicipalityKey}\" is no eight-digit Gemeindeschlüssel (Bottrop: 05512000).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void RequireText(List<string> errors, string setting, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"{OpenDataOptions.Section}:{setting} must not be empty.");
        }
    }

    private static void RequireAbsoluteUri(List<string> errors, string setting, string? value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            errors.Add($"{OpenDataOptions.Section}:{setting}: \"{value}\" is no absolute http or https address.");
        }
    }
}
