using MasterPlanEval.Scorecards;
using MasterPlanEval.Tests.Support;
using Parquet;

namespace MasterPlanEval.Tests.Scorecards;

/// <summary>
/// docs/composite-schema.md lists exactly the columns <see cref="CompositeWriter"/> writes, in file order, with
/// their types and nullability; and a written row reads back as written.
/// </summary>
public sealed class CompositeSchemaDocumentTests
{
    private static readonly CompositeRow Row = new(
        "3f2a9c1b5d7e8f90", 2025, "city", "C", "小城", "Tiny City", "idx", "指数", "Index", null, 0, 2, 0, "a×1=none; b×2=none");

    [Fact]
    public async Task The_document_table_matches_the_written_file()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "composite_2025.parquet");
        await CompositeWriter.WriteAsync(path, [Row]);

        await using var reader = await ParquetReader.CreateAsync(path);
        var written = reader.Schema.GetDataFields().Select(f => (f.Name, Type: TypeWords(f.ClrType), f.IsNullable)).ToList();

        Assert.Equal(Documented(), written);
    }

    [Fact]
    public async Task A_row_without_any_scored_component_reads_back_with_a_null_value()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "composite_2025.parquet");
        await CompositeWriter.WriteAsync(path, [Row]);

        await using var reader = await ParquetReader.CreateAsync(path);
        using var group = reader.OpenRowGroupReader(0);
        var fields = reader.Schema.GetDataFields().ToDictionary(f => f.Name);
        var values = new double?[1];
        await group.ReadAsync(fields["value"], values.AsMemory(), null, CancellationToken.None);
        var components = new string?[1];
        await group.ReadAsync(fields["components"], components.AsMemory(), null, CancellationToken.None);
        var total = new int[1];
        await group.ReadAsync(fields["components_total"], total.AsMemory(), null, CancellationToken.None);

        Assert.Equal((null, "a×1=none; b×2=none", 2), (values[0], components[0], total[0]));
    }

    // The rows of the column table: | `name` | type | yes/no | description |
    private static List<(string Name, string Type, bool IsNullable)> Documented() =>
        File.ReadAllLines(Path.Combine(RepoPaths.Root, "docs", "composite-schema.md"))
            .Where(l => l.StartsWith("| `", StringComparison.Ordinal))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .Select(c => (c[1].Trim('`'), c[2], c[3] == "yes"))
            .ToList();

    // Parquet.Net reads UTF-8 text back as ReadOnlyMemory<char>; both are the document's string.
    private static string TypeWords(Type type) =>
        type == typeof(string) || type == typeof(ReadOnlyMemory<char>) ? "string (UTF-8)" : type == typeof(int) ? "int32" : type == typeof(double) ? "double" : type.Name;
}
