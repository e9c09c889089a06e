using System.Text;

namespace MasterPlanEval.Scorecards;

/// <summary>
/// Generates docs/scorecard-schema.md from <see cref="ScorecardSchema"/>. The committed file must equal
/// <see cref="Generate()"/> byte for byte (a test checks it), so the document cannot drift from the record.
/// Lines end in <c>\n</c> on every platform so the text does not depend on where it was generated.
/// </summary>
public static class SchemaDocument
{
    /// <summary>Where the document lives, relative to the repository root.</summary>
    public const string RelativePath = "docs/scorecard-schema.md";

    /// <summary>The document for the current <see cref="ScorecardRow"/>.</summary>
    public static string Generate() => Generate(ScorecardSchema.Columns);

    /// <summary>The document for the given columns, in order.</summary>
    public static string Generate(IReadOnlyList<ScorecardColumnInfo> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var text = new StringBuilder();
        void Line(string line = "") => text.Append(line).Append('\n');

        Line("# Scorecard schema");
        Line();
        Line("Generated from `ScorecardRow` (pipelines/Scorecards/ScorecardRow.cs) by `SchemaDocument` and checked by a");
        Line("test (`SchemaDocumentTests`); do not edit it by hand. To regenerate it after changing the record, run");
        Line("`UPDATE_SCHEMA_DOC=1 dotnet test tests/MasterPlanEval.Tests --filter \"FullyQualifiedName~SchemaDocumentTests\"`.");
        Line();
        Line("| column | type | nullable | description |");
        Line("|---|---|---|---|");
        foreach (var column in columns)
        {
            Line($"| `{column.Name}` | {column.ParquetType} | {(column.IsNullable ? "yes" : "no")} | {Cell(column.Description)} |");
        }

        Line();
        Line("## Files");
        Line();
        Line("- One file per run and year: `<out>/<run_id>/scorecard_<year>.parquet`.");
        Line($"- Compression: {ScorecardWriter.Compression}.");
        Line("- Rows are sorted by `year`, then `level` (city, district, subdistrict), then `unit_id`, then `indicator_id`.");
        Line("- No time is written into the file: two runs of the same evaluation (same `evaluation_id`) write identical bytes,");
        Line("  and every value is the same to the bit (sums are exact fixed-point sums, whatever order the engine adds rows in).");
        Line("  The run id (the folder's name) and the times are in the run's `manifest.json`, beside `evaluation_id`.");
        return text.ToString();
    }

    // A description is free text; a pipe or a line break would break the table row.
    private static string Cell(string text) =>
        text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
