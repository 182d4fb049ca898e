using System.Globalization;

namespace HalloBot.Benchmarks.Harness;

/// <summary>Median, p90, p99 and max of a set of timings, by the nearest-rank method.</summary>
public sealed record LatencySummary(int Count, double MedianMs, double P90Ms, double P99Ms, double MaxMs, double MeanMs)
{
    public static LatencySummary Of(IReadOnlyCollection<double> milliseconds)
    {
        if (milliseconds.Count == 0)
        {
            return new LatencySummary(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        var sorted = milliseconds.Order().ToArray();
        double Rank(double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];
        return new LatencySummary(sorted.Length, Rank(0.5), Rank(0.9), Rank(0.99), sorted[^1], sorted.Average());
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"n={Count,5}  median={MedianMs,8:0.000} ms  p90={P90Ms,8:0.000} ms  p99={P99Ms,8:0.000} ms  max={MaxMs,8:0.000} ms  mean={MeanMs,8:0.000} ms");
}
