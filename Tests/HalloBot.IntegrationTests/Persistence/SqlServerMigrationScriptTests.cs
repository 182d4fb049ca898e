using HalloBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace HalloBot.IntegrationTests.Persistence;

/// <summary>
/// The production database is SQL Server, which no test here can run. So the migration script that a
/// deployment would run is generated (no server is contacted) and checked as T-SQL.
/// </summary>
public sealed class SqlServerMigrationScriptTests
{
    [Fact]
    public void GenerateScript_Idempotent_ParsesAsTSqlWithoutErrors()
    {
        var script = GenerateIdempotentScript();

        var (_, errors) = Parse(script);

        Assert.True(errors.Count == 0, Describe(errors, script));
    }

    [Fact]
    public void GenerateScript_Idempotent_CreatesEveryTableAndColumnOfTheModel()
    {
        using var db = CreateContext();
        var script = GenerateIdempotentScript();

        var created = CreatedSchema.Of(script);

        var expected = db.GetService<IDesignTimeModel>().Model.GetRelationalModel().Tables.ToDictionary(
            t => t.Name,
            t => t.Columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal));
        Assert.Equal(
            [.. expected.Keys.Append("__EFMigrationsHistory").Order(StringComparer.Ordinal)],
            created.Keys.Order(StringComparer.Ordinal));
        Assert.Superset(new HashSet<string> { "Listings", "Categories", "Districts", "ListingCategory", "SlugRedirects" }, created.Keys.ToHashSet());
        foreach (var (table, columns) in expected)
        {
            Assert.True(columns.SetEquals(created[table]),
                $"{table}: model has [{string.Join(", ", columns.Order())}], script creates [{string.Join(", ", created[table].Order())}]");
        }
    }

    private static SqlServerHalloBotDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<SqlServerHalloBotDbContext>()
            .UseSqlServer("Server=sql.invalid;Database=HalloBot;User Id=unused;Password=unused;TrustServerCertificate=True")
            .Options);

    private static string GenerateIdempotentScript()
    {
        using var db = CreateContext();
        return db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
    }

    internal static (TSqlFragment Fragment, IList<ParseError> Errors) Parse(string script)
    {
        using var reader = new StringReader(script);
        var fragment = new TSql160Parser(initialQuotedIdentifiers: true).Parse(reader, out var errors);
        return (fragment, errors);
    }

    private static string Describe(IList<ParseError> errors, string script)
    {
        var lines = script.Split('\n');
        return string.Join(Environment.NewLine, errors.Select(e =>
            $"line {e.Line}, column {e.Column}: {e.Message} near: {(e.Line - 1 < lines.Length ? lines[e.Line - 1].Trim() : "")}"));
    }

    /// <summary>Tables and their columns as the script creates them, read from the parsed T-SQL, EXEC'd batches included.</summary>
    private sealed class CreatedSchema : TSqlFragmentVisitor
    {
        private readonly Dictionary<string, HashSet<string>> _tables = new(StringComparer.Ordinal);

        public static Dictionary<string, HashSet<string>> Of(string script)
        {
            var (fragment, errors) = Parse(script);
            Assert.Empty(errors);
            var visitor = new CreatedSchema();
            fragment.Accept(visitor);
            return visitor._tables;
        }

        public override void ExplicitVisit(CreateTableStatement node)
        {
            Columns(node.SchemaObjectName).UnionWith(node.Definition.ColumnDefinitions.Select(c => c.ColumnIdentifier.Value));
            base.ExplicitVisit(node);
        }

        public override void ExplicitVisit(AlterTableAddTableElementStatement node)
        {
            Columns(node.SchemaObjectName).UnionWith(node.Definition.ColumnDefinitions.Select(c => c.ColumnIdentifier.Value));
            base.ExplicitVisit(node);
        }

        // EF Core wraps statements that must compile in their own batch in EXEC(N'...'): parse those too.
        public override void ExplicitVisit(ExecuteStatement node)
        {
            if (node.ExecuteSpecification.ExecutableEntity is ExecutableStringList { Strings: var strings })
            {
                // A variable in the concatenation holds a quoted name at run time (a default constraint's): stand in for it.
                var inner = string.Concat(strings.Select(part => part switch
                {
                    StringLiteral literal => literal.Value,
                    VariableReference => "[variable_name]",
                    _ => throw new InvalidOperationException($"Unexpected part in EXEC: {part.GetType().Name}"),
                }));
                var (fragment, errors) = Parse(inner);
                Assert.True(errors.Count == 0, $"EXEC batch does not parse: {string.Join("; ", errors.Select(e => e.Message))}\n{inner}");
                fragment.Accept(this);
            }

            base.ExplicitVisit(node);
        }

        private HashSet<string> Columns(SchemaObjectName name)
        {
            var table = name.BaseIdentifier.Value;
            if (!_tables.TryGetValue(table, out var columns))
            {
                columns = new HashSet<string>(StringComparer.Ordinal);
                _tables[table] = columns;
            }

            return columns;
        }
    }
}
