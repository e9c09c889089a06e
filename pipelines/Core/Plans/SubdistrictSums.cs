using MasterPlanEval.Core.Facts;

namespace MasterPlanEval.Core.Plans;

/// <summary>
/// The sums over a one-ended fact source (cells, land, census, units, rail), taken once per year and sub-district,
/// so the source is scanned once for all levels instead of once per level. The sums stay exact fixed-point
/// DECIMALs (<see cref="SumScale.Fine"/>) until each level has added up its sub-districts' sums, and are rounded to
/// DOUBLE only then: a sum of exact sums is the exact sum of the rows, so every value is the one a level's own scan
/// of the rows gives, to the last bit.
/// </summary>
internal sealed class SubdistrictSums
{
    private readonly Dictionary<AggregateExpr, string> _columns = [];

    public SubdistrictSums(FactSource source, IEnumerable<AggregateExpr> aggregates)
    {
        Name = $"agg_subdistricts_{source.Name}";
        foreach (var aggregate in aggregates)
        {
            _columns.TryAdd(aggregate, $"s{_columns.Count}");
        }

        var sums = string.Concat(_columns.Select(c => $", SUM({SqlRenderer.ToFixed(SqlRenderer.RenderSummand(c.Key), SumScale.Fine)}) AS {c.Value}"));
        Aggregation = new SqlAggregation(
            Name,
            $"SELECT f.{source.UnitKey} AS {source.UnitKey}, f.year AS year{sums}, COUNT(*) AS n FROM {source.Table} f GROUP BY f.{source.UnitKey}, f.year");
    }

    public string Name { get; }

    public SqlAggregation Aggregation { get; }

    /// <summary>One per one-ended source the plans aggregate, over every aggregate they take of it.</summary>
    public static IReadOnlyDictionary<string, SubdistrictSums> For(IEnumerable<AggregateExpr> aggregates) =>
        aggregates
            .Where(a => FactSchemas.Sources[a.Source].OtherUnitKey is null)
            .GroupBy(a => a.Source, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new SubdistrictSums(FactSchemas.Sources[g.Key], g.Distinct()), StringComparer.Ordinal);

    /// <summary>A level's sum of an aggregate over this table's rows joined to the level's units.</summary>
    public string Sum(AggregateExpr aggregate) => SqlRenderer.SumOfFixed($"f.{_columns[aggregate]}");
}
