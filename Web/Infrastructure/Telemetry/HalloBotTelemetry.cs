using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace HalloBot.Web.Infrastructure.Telemetry;

/// <summary>
/// The site's own meter and activity source, both named <c>HalloBot</c>. The meter comes from the host's
/// <see cref="IMeterFactory"/>, so each host (and each test host) has its own instruments.
/// </summary>
public sealed class HalloBotTelemetry
{
    public const string Name = "HalloBot";
    public const string SearchDurationInstrument = "hallobot.search.duration";
    public const string OutboxPendingInstrument = "hallobot.outbox.pending";
    public const string JobsFailedInstrument = "hallobot.jobs.failed";
    public const string JobsEnqueuedInstrument = "hallobot.jobs.enqueued";

    public static readonly ActivitySource ActivitySource = new(Name);

    public HalloBotTelemetry(IMeterFactory meterFactory)
    {
        Meter = meterFactory.Create(Name);
        SearchDuration = Meter.CreateHistogram<double>(
            SearchDurationInstrument,
            unit: "s",
            description: "Time the search index takes to answer a search or a suggestion.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5] });
    }

    public Meter Meter { get; }

    /// <summary>Tagged <c>operation</c> (search, suggest) and <c>outcome</c> (ok, error).</summary>
    public Histogram<double> SearchDuration { get; }
}
