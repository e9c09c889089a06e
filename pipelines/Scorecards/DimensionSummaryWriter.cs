using Parquet;
using Parquet.Schema;

namespace MasterPlanEval.Scorecards;

/// <summary>
/// Writes <c>summary_&lt;year&gt;.parquet</c>: one row per unit and TD/T 1063 dimension (columns as in
/// <see cref="DimensionSummaryRow"/>, snake_case), Snappy-compressed, atomically like the scorecards.
/// </summary>
public static class DimensionSummaryWriter
{
    private static readonly (string Name, Func<DimensionSummaryRow, string> Get)[] Texts =
    [
        ("evaluation_id", r => r.EvaluationId), ("level", r => r.Level), ("unit_id", r => r.UnitId), ("unit_name_zh", r => r.UnitNameZh),
        ("unit_name_en", r => r.UnitNameEn), ("dimension_zh", r => r.DimensionZh), ("dimension_en", r => r.DimensionEn),
    ];

    private static readonly (string Name, Func<DimensionSummaryRow, int> Get)[] Counts =
    [
        ("year", r => r.Year), ("indicators", r => r.Indicators), ("met", r => r.Met), ("not_met", r => r.NotMet),
        ("no_target", r => r.NoTarget), ("no_value", r => r.NoValue), ("insufficient_data", r => r.InsufficientData),
        ("on_track", r => r.OnTrack), ("off_track", r => r.OffTrack),
    ];

    public static Task WriteAsync(string path, IReadOnlyList<DimensionSummaryRow> rows, CancellationToken cancellationToken = default) =>
        AtomicFile.WriteAsync(path, (stream, token) => WriteAsync(stream, rows, token), cancellationToken);

    private static async Task WriteAsync(Stream output, IReadOnlyList<DimensionSummaryRow> rows, CancellationToken cancellationToken)
    {
        var textFields = Texts.Select(t => new DataField(t.Name, typeof(string), false)).ToList();
        var countFields = Counts.Select(c => new DataField(c.Name, typeof(int), false)).ToList();
        var schema = new ParquetSchema([.. textFields, .. countFields]);
        await using var writer = await ParquetWriter.CreateAsync(
            schema, output, new ParquetOptions { CompressionMethod = ScorecardWriter.Compression }, append: false, cancellationToken);
        if (rows.Count == 0)
        {
            return;
        }

        using var group = writer.CreateRowGroup();
        for (var i = 0; i < Texts.Length; i++)
        {
            string?[] values = [.. rows.Select(Texts[i].Get)];
            await group.WriteAsync(schema.DataFields[i], values, null);
        }

        for (var i = 0; i < Counts.Length; i++)
        {
            var values = rows.Select(Counts[i].Get).ToArray();
            await group.WriteAsync<int>(schema.DataFields[Texts.Length + i], values.AsMemory(), null, null, cancellationToken);
        }
    }
}
