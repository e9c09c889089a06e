using System.Text;
using MasterPlanEval.Scorecards;

namespace MasterPlanEval.Tests.Scorecards;

/// <summary>
/// Keeps docs/scorecard-schema.md in step with <see cref="ScorecardRow"/>, and pins the schema rules
/// (snake_case names, nullability from the C# declaration) the document is built from.
/// </summary>
public sealed class SchemaDocumentTests
{
    private const string UpdateVariable = "UPDATE_SCHEMA_DOC";

    [Fact]
    public void CommittedDocumentEqualsGeneratedDocument()
    {
        var path = Path.Combine(FindRepositoryRoot(), SchemaDocument.RelativePath);
        var generated = Encoding.UTF8.GetBytes(SchemaDocument.Generate());

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            // Never in CI: there the committed file is what is being checked.
            Assert.True(
                string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")),
                $"{UpdateVariable}=1 is refused when CI is set; regenerate the document locally and commit it.");
            File.WriteAllBytes(path, generated);
            return;
        }

        var committed = File.Exists(path) ? File.ReadAllBytes(path) : null;
        Assert.True(
            committed is not null && committed.AsSpan().SequenceEqual(generated),
            $"{SchemaDocument.RelativePath} is out of step with ScorecardRow ({Difference(committed, generated)}). "
            + $"Regenerate it with `{UpdateVariable}=1 dotnet test tests/MasterPlanEval.Tests --filter \"FullyQualifiedName~SchemaDocumentTests\"` "
            + "and commit the result.");
    }

    [Fact]
    public void DocumentHasTitleTableAndFileSection()
    {
        var text = SchemaDocument.Generate();

        Assert.DoesNotContain('\r', text);
        Assert.StartsWith("# Scorecard schema\n", text, StringComparison.Ordinal);
        Assert.Contains("\n| column | type | nullable | description |\n|---|---|---|---|\n", text, StringComparison.Ordinal);
        Assert.Contains("\n| `value` | double | yes | The indicator's value; null when it is undefined (see quality_flags). |\n", text, StringComparison.Ordinal);
        Assert.Contains("\n| `evaluation_id` | string (UTF-8) | no | ", text, StringComparison.Ordinal);
        Assert.Contains("`<out>/<run_id>/scorecard_<year>.parquet`", text, StringComparison.Ordinal);
        Assert.Contains("Compression: Snappy", text, StringComparison.Ordinal);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ColumnsFollowTheRecord()
    {
        var columns = ScorecardSchema.Columns;

        Assert.Equal(32, columns.Count);
        Assert.Equal(("previous_year", "int32", true), Summary("previous_year"));
        Assert.Equal(("components", "string (UTF-8)", false), Summary("components"));
        Assert.Equal(new ScorecardColumnInfo("evaluation_id", "string (UTF-8)", false, columns[0].Description), columns[0]);
        Assert.Equal(("year", "int32", false), Summary("year"));
        Assert.Equal(("unit_name_zh", "string (UTF-8)", false), Summary("unit_name_zh"));
        Assert.Equal(("parent_unit_id", "string (UTF-8)", true), Summary("parent_unit_id"));
        Assert.Equal(("value", "double", true), Summary("value"));
        Assert.Equal(("target_year", "int32", true), Summary("target_year"));
        Assert.Equal(("target_kind", "string (UTF-8)", true), Summary("target_kind"));
        Assert.Equal("engine", columns[^1].Name);
        Assert.All(columns, c => Assert.False(string.IsNullOrWhiteSpace(c.Description)));

        static (string, string, bool) Summary(string name)
        {
            var column = ScorecardSchema.Columns.Single(c => c.Name == name);
            return (column.Name, column.ParquetType, column.IsNullable);
        }
    }

    [Fact]
    public void ParquetSchemaMatchesColumns()
    {
        var fields = ScorecardSchema.CreateParquetSchema().DataFields;

        Assert.Equal(ScorecardSchema.Columns.Select(c => (c.Name, c.IsNullable)), fields.Select(f => (f.Name, f.IsNullable)));
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MasterPlanEval.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"no MasterPlanEval.sln above {AppContext.BaseDirectory}");
    }

    private static string Difference(byte[]? committed, byte[] generated)
    {
        if (committed is null)
        {
            return "the file is missing";
        }

        var found = Encoding.UTF8.GetString(committed).Split('\n');
        var expected = Encoding.UTF8.GetString(generated).Split('\n');
        for (var i = 0; i < Math.Max(found.Length, expected.Length); i++)
        {
            var f = i < found.Length ? found[i] : "<end of file>";
            var e = i < expected.Length ? expected[i] : "<end of file>";
            if (!string.Equals(f, e, StringComparison.Ordinal))
            {
                return $"first difference at line {i + 1}: expected \"{e}\", found \"{f}\"";
            }
        }

        return "the bytes differ (encoding or byte order mark)";
    }
}
