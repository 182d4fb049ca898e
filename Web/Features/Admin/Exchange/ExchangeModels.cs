using HalloBot.Domain.Exchange;

namespace HalloBot.Web.Features.Admin.Exchange;

public sealed record ExchangePageModel(long ImportMaxBytes)
{
    /// <summary>Why the upload was not even read (no file, too large, too many imports); null otherwise.</summary>
    public string? UploadError { get; init; }

    /// <summary>The import's report, when a file was read.</summary>
    public ImportReportModel? Report { get; init; }
}

/// <summary>What the command line prints, for the page: the summary line, then every error and warning as row, column, message.</summary>
public sealed record ImportReportModel(string FileName, ListingImportReport Report)
{
    public string Summary => Report.Succeeded
        ? ExchangeMessages.Imported(FileName, Report)
        : ExchangeMessages.ImportRefused(FileName, Report.Errors.Count);
}
