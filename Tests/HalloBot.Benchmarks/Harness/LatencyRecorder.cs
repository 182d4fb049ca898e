using System.Diagnostics;

namespace HalloBot.Benchmarks.Harness;

/// <summary>Times operations one after another (Stopwatch timestamps), overall and per kind of operation.</summary>
public sealed class LatencyRecorder
{
    private readonly List<double> _all = [];
    private readonly Dictionary<string, List<double>> _byKind = new(StringComparer.Ordinal);
    private readonly List<(double Milliseconds, object? Item)> _timed = [];
    private long _allocatedBefore;
    private long _allocatedAfter;
    private TimeSpan _cpuBefore;
    private TimeSpan _cpuAfter;
    private readonly int[] _collections = new int[3];

    public async Task RunAsync<T>(IReadOnlyList<T> items, Func<T, string> kind, Func<T, Task> operation)
    {
        ArgumentNullException.ThrowIfNull(items);
        _allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        _cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        for (var generation = 0; generation < 3; generation++)
        {
            _collections[generation] = -GC.CollectionCount(generation);
        }
        foreach (var item in items)
        {
            var started = Stopwatch.GetTimestamp();
            await operation(item);
            var milliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            _all.Add(milliseconds);
            _timed.Add((milliseconds, item));
            var key = kind(item);
            if (!_byKind.TryGetValue(key, out var list))
            {
                _byKind[key] = list = [];
            }

            list.Add(milliseconds);
        }

        _allocatedAfter = GC.GetTotalAllocatedBytes(precise: true);
        _cpuAfter = Process.GetCurrentProcess().TotalProcessorTime;
        for (var generation = 0; generation < 3; generation++)
        {
            _collections[generation] += GC.CollectionCount(generation);
        }
    }

    /// <summary>Garbage collections of generation 0, 1 and 2 during the run.</summary>
    public string Collections => $"gc={_collections[0]}/{_collections[1]}/{_collections[2]}";

    public LatencySummary Overall => LatencySummary.Of(_all);

    public IEnumerable<(string Kind, LatencySummary Summary)> ByKind =>
        _byKind.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => (k.Key, LatencySummary.Of(k.Value)));

    /// <summary>Bytes allocated in the whole process per operation (background services included, so an upper bound).</summary>
    /// <summary>
    /// CPU time of the whole process per operation (user and system, all threads, background services included).
    /// Less disturbed than wall time by other programs on a shared machine, so it shows whether a change helped.
    /// </summary>
    public double CpuMsPerOperation => _all.Count == 0 ? 0 : (_cpuAfter - _cpuBefore).TotalMilliseconds / _all.Count;

    /// <summary>The slowest operations, slowest first.</summary>
    public IEnumerable<(double Milliseconds, T Item)> Slowest<T>(int count) =>
        _timed.OrderByDescending(t => t.Milliseconds).Take(count).Select(t => (t.Milliseconds, (T)t.Item!));

    public double AllocatedKbPerOperation => _all.Count == 0 ? 0 : (_allocatedAfter - _allocatedBefore) / 1024.0 / _all.Count;
}
