using System.Globalization;
using HalloBot.Benchmarks.Harness;
using HalloBot.Benchmarks.Queries;

namespace HalloBot.Benchmarks;

/// <summary>
/// The benchmark harness; the scripts beside this file call it. Not top-level statements: those would declare a
/// second <c>Program</c> beside the site's, which <c>WebApplicationFactory&lt;Program&gt;</c> needs.
/// </summary>
internal static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        const string Usage = """
            usage: HalloBot.Benchmarks latency --data DIR [--queries 1000] [--prefixes 200] [--warmup 300] [--seed 1] [--result-cache N] [--again 1]
                   HalloBot.Benchmarks urls search|suggest [--count 200] [--seed 1]
            """ + PhotoBenchmark.Usage;

        if (args.Length == 0)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var positional = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
            {
                options[args[i][2..]] = args[++i];
            }
            else
            {
                positional.Add(args[i]);
            }
        }

        int Number(string name, int fallback)
        {
            if (!options.TryGetValue(name, out var text))
            {
                return fallback;
            }

            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0)
            {
                throw new ArgumentException($"--{name} must be a positive whole number, not '{text}'.");
            }

            return value;
        }

        // The site's setting unless given; 0 measures every search without the index's result cache.
        int? ResultCache()
        {
            if (!options.TryGetValue("result-cache", out var text))
            {
                return null;
            }

            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new ArgumentException($"--result-cache must be a whole number, 0 or more, not '{text}'.");
        }

        try
        {
            switch (args[0])
            {
                case "latency" when options.TryGetValue("data", out var data) && Directory.Exists(data):
                    var dataDirectory = Path.GetFullPath(data);

                    // WebApplicationFactory finds the site's content root through MvcTestingAppManifest.json in the
                    // working directory, as test runners have it; a script may start the harness from anywhere.
                    Directory.SetCurrentDirectory(AppContext.BaseDirectory);
                    var latency = new LatencyOptions(dataDirectory, Number("queries", 1000), Number("prefixes", 200), Number("warmup", 300), Number("seed", 1))
                    {
                        ResultCacheSize = ResultCache(),
                        AgainPasses = Number("again", 1),
                    };
                    return await new SearchLatencyBenchmark(latency, Console.Out).RunAsync();
                case "latency":
                    Console.Error.WriteLine("latency needs --data DIR: a data folder filled by import and reindex.");
                    return 2;
                case "urls" when positional is ["search"]:
                    foreach (var query in new QueryGenerator(Number("seed", 1)).Searches(Number("count", 200)))
                    {
                        Console.WriteLine(query.ToUrl());
                    }

                    return 0;
                case "urls" when positional is ["suggest"]:
                    foreach (var prefix in new QueryGenerator(Number("seed", 1)).SuggestPrefixes(Number("count", 200)))
                    {
                        Console.WriteLine("/api/v1/suggest?q=" + Uri.EscapeDataString(prefix));
                    }

                    return 0;
                case "photos-generate" or "photos":
                    return await PhotoBenchmark.RunAsync(args[0], options, Console.Out);
                default:
                    Console.Error.WriteLine(Usage);
                    return 2;
            }
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
    }
}
