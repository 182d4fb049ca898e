using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Domain.Persistence;

/// <summary>What a failed save says about the data, read from either provider's error.</summary>
public static class DatabaseErrors
{
    // SQLITE_CONSTRAINT and SQLITE_CONSTRAINT_FOREIGNKEY; SQL Server's "conflicted with the REFERENCE constraint".
    private const int SqliteConstraint = 19;
    private const int SqliteForeignKey = 787;
    private const int SqlServerForeignKey = 547;

    // SQLITE_BUSY and SQLITE_LOCKED (the busy timeout ran out); SQL Server's "chosen as the deadlock victim".
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqlServerDeadlock = 1205;

    /// <summary>
    /// The save lost to a concurrent one over the same rows (a deadlock in a serializable transaction on SQL Server,
    /// the write lock not free in time on SQLite): nothing of it was written, and trying again is right.
    /// </summary>
    public static bool IsLockConflict(DbUpdateException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.InnerException switch
        {
            SqliteException sqlite => sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked,
            SqlException sqlServer => sqlServer.Number == SqlServerDeadlock,
            _ => false,
        };
    }

    /// <summary>The save broke a foreign key: a row it deletes is still referred to (or one it refers to is gone).</summary>
    public static bool IsForeignKeyViolation(DbUpdateException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.InnerException switch
        {
            SqliteException sqlite => IsSqliteForeignKey(sqlite),
            SqlException sqlServer => sqlServer.Number == SqlServerForeignKey,
            _ => false,
        };
    }

    // EF Core writes DELETE … RETURNING, and SQLite reports a foreign key that fails in such a statement with the
    // extended code of a trigger (1811), not 787: the message is what names the foreign key then.
    private static bool IsSqliteForeignKey(SqliteException exception) =>
        exception.SqliteErrorCode == SqliteConstraint
        && (exception.SqliteExtendedErrorCode == SqliteForeignKey
            || exception.Message.Contains("FOREIGN KEY constraint failed", StringComparison.Ordinal));
}
