using System.ComponentModel.DataAnnotations;

namespace HalloBot.Web.Infrastructure;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary><c>HalloBot:Database</c>: SQLite in the data folder unless SQL Server is asked for.</summary>
public sealed class DatabaseOptions : IValidatableObject
{
    public const string Section = "HalloBot:Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Required for SQL Server; for SQLite it defaults to <c>hallobot.db</c> in the data folder.</summary>
    public string? ConnectionString { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider == DatabaseProvider.SqlServer && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult(
                "HalloBot:Database:ConnectionString is required when HalloBot:Database:Provider is SqlServer.",
                [nameof(ConnectionString)]);
        }
    }
}
