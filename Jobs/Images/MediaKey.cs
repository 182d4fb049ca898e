namespace HalloBot.Jobs.Images;

/// <summary>Keys become folder and file names, so only a narrow alphabet is allowed: no dots, no slashes, no way out of the media root.</summary>
public static class MediaKey
{
    public const int MaxLength = 64;

    public static bool IsValid(string? key) =>
        key is { Length: > 0 and <= MaxLength } && key.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    public static string New() => Guid.NewGuid().ToString("N");

    internal static void EnsureValid(string key)
    {
        if (!IsValid(key))
        {
            throw new ArgumentException($"'{key}' is not a media key: 1 to {MaxLength} characters of a-z, 0-9 and '-'.", nameof(key));
        }
    }
}
