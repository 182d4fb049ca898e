using System.Diagnostics;

namespace HalloBot.Benchmarks.Harness;

/// <summary>Times operations one after another (Stopwatch timestamps), overall and per kind of operation.</summary>
public sealed class LatencyRecorder
{
    private readonly List<double> _all = [];
    private readonly Dictionary<string, List<double>> _byKind = new(StringComparer.Ordinal);
    private long _allocatedBefore;
    private long _allocatedAfter;

    public async Task RunAsync<T>(IReadOnlyList<T> items, Func<T, string> kind, Func<T, Task> operation)
    {
        ArgumentNullException.ThrowIfNull(items);
        _allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        foreach (var item in items)
        {
            var started = Stopwatch.GetTimestamp();
            await operation(item);
            var milliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            _all.Add(milliseconds);
            var key = kind(item);
            if (!_byKind.TryGetValue(key, out var list))
            {
                _byKind[key] = list = [];
            }

            list.Add(milliseconds);
        }

        _allocatedAfter = GC.GetTotalAllocatedBytes(precise: true);
    }

    public LatencySummary Overall => LatencySummary.Of(_all);

    public IEnumerable<(string Kind, LatencySummary Summary)> ByKind =>
        _byKind.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => (k.Key, LatencySummary.Of(k.Value)));

    /// <summary>Bytes allocated in the whole process per operation (background services included, so an upper bound).</summary>
    public double AllocatedKbPerOperation => _all.Count == 0 ? 0 : (_allocatedAfter - _allocatedBefore) / 1024.0 / _all.Count;
}
