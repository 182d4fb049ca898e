namespace HalloBot.Web.Features.Accessibility;

/// <summary>A barrier a visitor reported, as staff receive it.</summary>
/// <param name="PageUrl">The page with the barrier, as the visitor gave it.</param>
/// <param name="Email">Where staff may answer; null when the visitor gave none.</param>
/// <param name="Language">The language the visitor used the site in (<c>de</c> or <c>en</c>), so that staff answer in it.</param>
public sealed record BarrierReport(string PageUrl, string Description, string? Email, DateTimeOffset ReceivedAt, string Language);

/// <summary>
/// Hands a barrier report to the office's staff. BITV NRW asks for a feedback mechanism that reaches a
/// person; the pickup-folder implementation stands in until reports go through the site's mail queue.
/// </summary>
public interface IBarrierReportSink
{
    Task SendAsync(BarrierReport report, CancellationToken cancellationToken);
}
