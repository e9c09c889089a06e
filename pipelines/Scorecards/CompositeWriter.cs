using Parquet;
using Parquet.Schema;

namespace MasterPlanEval.Scorecards;

/// <summary>
/// Writes <c>composite_&lt;year&gt;.parquet</c>: one row per unit and configured composite index (columns as in
/// <see cref="CompositeRow"/>, snake_case), Snappy-compressed, atomically like the scorecards.
/// </summary>
public static class CompositeWriter
{
    private static readonly (string Name, Func<CompositeRow, string> Get)[] Texts =
    [
        ("evaluation_id", r => r.EvaluationId), ("level", r => r.Level), ("unit_id", r => r.UnitId), ("unit_name_zh", r => r.UnitNameZh),
        ("unit_name_en", r => r.UnitNameEn), ("composite_id", r => r.CompositeId), ("composite_name_zh", r => r.CompositeNameZh),
        ("composite_name_en", r => r.CompositeNameEn), ("components", r => r.Components),
    ];

    public static Task WriteAsync(string path, IReadOnlyList<CompositeRow> rows, CancellationToken cancellationToken = default) =>
        AtomicFile.WriteAsync(path, (stream, token) => WriteAsync(stream, rows, token), cancellationToken);

    private static async Task WriteAsync(Stream output, IReadOnlyList<CompositeRow> rows, CancellationToken cancellationToken)
    {
        var texts = Texts.Select(t => new DataField(t.Name, typeof(string), false)).ToList();
        var year = new DataField<int>("year", false);
        var value = new DataField<double?>("value", true);
        var present = new DataField<int>("components_present", false);
        var total = new DataField<int>("components_total", false);
        var weight = new DataField<double>("weight_present", false);
        var schema = new ParquetSchema([year, .. texts, value, present, total, weight]);
        await using var writer = await ParquetWriter.CreateAsync(
            schema, output, new ParquetOptions { CompressionMethod = ScorecardWriter.Compression }, append: false, cancellationToken);
        if (rows.Count == 0)
        {
            return;
        }

        using var group = writer.CreateRowGroup();
        await group.WriteAsync<int>(year, rows.Select(r => r.Year).ToArray().AsMemory(), null, null, cancellationToken);
        for (var i = 0; i < Texts.Length; i++)
        {
            string?[] values = [.. rows.Select(Texts[i].Get)];
            await group.WriteAsync(texts[i], values, null);
        }

        await group.WriteAsync<double>(value, rows.Select(r => r.Value).ToArray().AsMemory(), null, null, cancellationToken);
        await group.WriteAsync<int>(present, rows.Select(r => r.ComponentsPresent).ToArray().AsMemory(), null, null, cancellationToken);
        await group.WriteAsync<int>(total, rows.Select(r => r.ComponentsTotal).ToArray().AsMemory(), null, null, cancellationToken);
        await group.WriteAsync<double>(weight, rows.Select(r => r.WeightPresent).ToArray().AsMemory(), null, null, cancellationToken);
    }
}
