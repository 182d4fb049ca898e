using HalloBot.Domain.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.IntegrationTests.Persistence;

/// <summary>
/// <see cref="DatabaseErrors"/> against a real SQLite file: a save that deletes a row still referred to is told apart from
/// other refusals, so that only the first is decided again.
/// </summary>
public sealed class DatabaseErrorsTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"hallobot-errors-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task IsForeignKeyViolation_DeletingARowStillReferredTo_IsTrue()
    {
        await SeedParentAsync();
        await using (var other = await OpenAsync())
        {
            // Behind the context's back, as another request would.
            await other.Database.ExecuteSqlRawAsync("INSERT INTO Children (Id, ParentId) VALUES (1, 1)");
        }

        await using var db = await OpenAsync();
        db.Parents.Remove(await db.Parents.SingleAsync());
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.True(DatabaseErrors.IsForeignKeyViolation(error));
    }

    [Fact]
    public async Task ADuplicateKey_IsNeitherAForeignKeyViolationNorALockConflict()
    {
        await SeedParentAsync();

        await using var db = await OpenAsync();
        db.Parents.Add(new Parent { Id = 1 });
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.False(DatabaseErrors.IsForeignKeyViolation(error));
        Assert.False(DatabaseErrors.IsLockConflict(error));
    }

    [Fact]
    public async Task IsLockConflict_AnotherWriterHoldsTheDatabase_IsTrueAndTheOthersAreNot()
    {
        await SeedParentAsync();

        await using var holder = new SqliteConnection($"Data Source={_path}");
        await holder.OpenAsync();
        await using (var begin = holder.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE";
            await begin.ExecuteNonQueryAsync();
        }

        // The second writer waits one second for the lock, as the site would wait its default timeout, then gives up.
        await using var db = await OpenAsync("Default Timeout=1");
        db.Parents.Add(new Parent { Id = 2 });
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.True(DatabaseErrors.IsLockConflict(error));
        Assert.False(DatabaseErrors.IsForeignKeyViolation(error));
    }

    /// <summary>Stores the parent row every test starts from.</summary>
    private async Task SeedParentAsync()
    {
        await using var db = await OpenAsync();
        db.Parents.Add(new Parent { Id = 1 });
        await db.SaveChangesAsync();
    }

    private async Task<ErrorsContext> OpenAsync(string? settings = null)
    {
        var db = new ErrorsContext(new DbContextOptionsBuilder<ErrorsContext>().UseSqlite($"Data Source={_path};{settings}").Options);
        await db.Database.EnsureCreatedAsync();
        return db;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    private sealed class Parent
    {
        public int Id { get; set; }
    }

    private sealed class Child
    {
        public int Id { get; set; }

        public int ParentId { get; set; }

        public Parent? Parent { get; set; }
    }

    private sealed class ErrorsContext(DbContextOptions<ErrorsContext> options) : DbContext(options)
    {
        public DbSet<Parent> Parents => Set<Parent>();

        public DbSet<Child> Children => Set<Child>();

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Parent>().Property(p => p.Id).ValueGeneratedNever();
            modelBuilder.Entity<Child>().Property(c => c.Id).ValueGeneratedNever();
            modelBuilder.Entity<Child>().HasOne(c => c.Parent).WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
        }
    }
}
