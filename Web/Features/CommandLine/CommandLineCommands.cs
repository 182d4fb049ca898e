namespace HalloBot.Web.Features.CommandLine;

/// <summary>The site's command line: <c>import FILE</c>, <c>export FILE</c>, <c>migrate</c>.</summary>
internal static class CommandLineCommands
{
    private static readonly string[] Commands = ["import", "export", "migrate"];

    public static bool IsCommand(string[] args) =>
        args.Length > 0 && Commands.Contains(args[0], StringComparer.OrdinalIgnoreCase);

    public static Task<int> RunAsync(IServiceProvider services, string[] args) =>
        throw new NotImplementedException();
}
