using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using HalloBot.Jobs.Images;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace HalloBot.Benchmarks.Harness;

/// <summary>
/// The photo job's work on camera-sized JPEGs (<c>images.sh</c>): <c>photos-generate</c> writes the originals,
/// <c>photos</c> runs the pipeline over them as the job does (read the original, process, publish the variants
/// atomically) and prints photos per minute; the script measures the peak memory around it.
/// </summary>
public static class PhotoBenchmark
{
    public const string Usage =
        "\n       HalloBot.Benchmarks photos-generate --output DIR [--count 20] [--width 4000] [--height 3000] [--seed 1]" +
        "\n       HalloBot.Benchmarks photos --input DIR --output DIR [--parallel 1]";

    public static async Task<int> RunAsync(string command, IReadOnlyDictionary<string, string> options, TextWriter output)
    {
        int Number(string name, int fallback) =>
            !options.TryGetValue(name, out var text) ? fallback
            : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value
            : throw new ArgumentException($"--{name} must be a positive whole number, not '{text}'.");
        string Folder(string name) =>
            options.TryGetValue(name, out var folder) ? Path.GetFullPath(folder) : throw new ArgumentException($"{command} needs --{name} DIR.");

        if (command == "photos-generate")
        {
            Generate(Folder("output"), Number("count", 20), Number("width", 4000), Number("height", 3000), Number("seed", 1));
            return 0;
        }

        return await ProcessAllAsync(Folder("input"), Folder("output"), Number("parallel", 1), output);
    }

    /// <summary>
    /// Photo-like JPEGs at quality 90, as phones write them: smooth light and colour, edges, fine texture, and an
    /// EXIF block with orientation and GPS. Pure noise would make files (and decoding) far heavier than real photos.
    /// </summary>
    private static void Generate(string folder, int count, int width, int height, int seed)
    {
        Directory.CreateDirectory(folder);
        var encoder = new JpegEncoder { Quality = 90, ColorType = JpegColorType.YCbCrRatio420 };
        for (var i = 0; i < count; i++)
        {
            using var image = new Image<Rgb24>(width, height);
            var shapes = new Random(seed * 1000 + i);
            var (fx, fy, phase) = (shapes.NextDouble() * 6 + 1, shapes.NextDouble() * 6 + 1, shapes.NextDouble() * Math.PI);
            var boxes = Enumerable.Range(0, 12).Select(_ => (X: shapes.Next(width), Y: shapes.Next(height), W: shapes.Next(width / 8, width / 3), H: shapes.Next(height / 8, height / 3), Shade: shapes.Next(-60, 60))).ToArray();
            image.ProcessPixelRows(rows =>
            {
                for (var y = 0; y < rows.Height; y++)
                {
                    var texture = new Random(seed * 1_000_000 + i * 10_000 + y);
                    var row = rows.GetRowSpan(y);
                    var v = (double)y / height;
                    for (var x = 0; x < row.Length; x++)
                    {
                        var u = (double)x / width;
                        var light = 110 + 60 * Math.Sin(fx * u + phase) * Math.Cos(fy * v);
                        foreach (var box in boxes)
                        {
                            if (x >= box.X && x < box.X + box.W && y >= box.Y && y < box.Y + box.H)
                            {
                                light += box.Shade;
                            }
                        }

                        var grain = texture.Next(-14, 15);
                        row[x] = new Rgb24(Clamp(light + 40 * u + grain), Clamp(light + 20 * Math.Sin(9 * v) + grain), Clamp(light - 30 * u + grain));
                    }
                }
            });
            var exif = new ExifProfile();
            exif.SetValue(ExifTag.Orientation, (ushort)1);
            exif.SetValue(ExifTag.Make, "Benchmark");
            exif.SetValue(ExifTag.GPSLatitudeRef, "N");
            exif.SetValue(ExifTag.GPSLatitude, [new Rational(51, 1), new Rational(31, 1), new Rational(2, 1)]);
            image.Metadata.ExifProfile = exif;
            image.SaveAsJpeg(Path.Combine(folder, $"photo-{i + 1:D3}.jpg"), encoder);
        }
    }

    private static async Task<int> ProcessAllAsync(string input, string outputFolder, int parallel, TextWriter output)
    {
        if (typeof(PhotoBenchmark).Assembly.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled == true)
        {
            await output.WriteLineAsync("WARNING: a Debug build; these figures do not count (dotnet build -c Release).");
        }

        var files = Directory.GetFiles(input, "*.jpg").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            await output.WriteLineAsync($"no *.jpg in {input}");
            return 2;
        }

        var pipeline = new ImagePipeline(new ImagePipelineOptions());
        var store = new FileSystemMediaStore(outputFolder);
        // The first photo once more, uncounted: JIT compilation and ImageSharp's pools are no part of the job's steady work.
        await using (var warmUp = File.OpenRead(files[0]))
        {
            await pipeline.ProcessAsync(warmUp, warmUp.Length);
        }

        var durations = new double[files.Length];
        var rejected = 0;
        long variantBytes = 0;
        var total = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, files.Length), new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (i, cancellationToken) =>
        {
            var watch = Stopwatch.StartNew();
            ImageProcessingResult result;
            await using (var original = File.OpenRead(files[i]))
            {
                result = await pipeline.ProcessAsync(original, original.Length, cancellationToken);
            }

            if (result.IsAccepted)
            {
                await store.PublishVariantsAsync($"photo-{i + 1:d3}", result.Variants, cancellationToken);
                Interlocked.Add(ref variantBytes, result.Variants.Sum(v => (long)v.Content.Length));
            }
            else
            {
                Interlocked.Increment(ref rejected);
                await output.WriteLineAsync($"{Path.GetFileName(files[i])}: {result}");
            }

            durations[i] = watch.Elapsed.TotalSeconds;
        });
        total.Stop();

        Array.Sort(durations);
        var inputBytes = files.Sum(file => new FileInfo(file).Length);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"photos: {files.Length} ({inputBytes / files.Length / 1024} KiB each on average), {rejected} rejected, {parallel} at a time"));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"wall: {total.Elapsed.TotalSeconds:F1} s = {files.Length / total.Elapsed.TotalMinutes:F1} photos/minute"));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"per photo: median {durations[durations.Length / 2]:F2} s, max {durations[^1]:F2} s; 6 variants, {variantBytes / Math.Max(1, files.Length - rejected) / 1024} KiB per photo"));
        return rejected == 0 ? 0 : 1;
    }

    private static byte Clamp(double value) => (byte)Math.Clamp(value, 0, 255);
}
