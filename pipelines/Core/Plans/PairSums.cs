using MasterPlanEval.Core.Facts;
using MasterPlanEval.Core.Model;

namespace MasterPlanEval.Core.Plans;

/// <summary>
/// The sums over a two-ended fact table (commutes), taken once per year and pair of end sub-districts, so the
/// big table is scanned once for every level and both ends instead of once per level and end. Sums are
/// additive, so each level adds up the pair sums. <c>same_unit</c> depends on the level, so a sum that reads it
/// is kept twice — once as if both ends were in the same unit, once as if not (<see cref="SameUnitVariant"/>; a case
/// that decides the filter adds no sum of its own) — and each level picks per pair.
/// </summary>
internal sealed class PairSums
{
    private readonly Dictionary<string, string> _columns = new(StringComparer.Ordinal);

    private PairSums(string table, IReadOnlyList<string> keys, IEnumerable<AggregateExpr> aggregates)
    {
        Name = SqlRenderer.PairTable(table);
        foreach (var aggregate in aggregates.SelectMany(Variants).OfType<AggregateExpr>())
        {
            _columns.TryAdd(SqlRenderer.RenderSummand(aggregate), $"p{_columns.Count}");
        }

        var columns = string.Concat(keys.Select(k => $", f.{k} AS {k}"));
        var sums = string.Concat(_columns.Select(c => $", {SqlRenderer.Sum(c.Key, SumScale.Coarse)} AS {c.Value}"));
        Aggregation = new SqlAggregation(
            Name,
            $"SELECT f.year AS year{columns}{sums}, COUNT(*) AS n FROM {table} f GROUP BY f.year{string.Concat(keys.Select(k => $", f.{k}"))}");
    }


    public string Name { get; }

    public SqlAggregation Aggregation { get; }

    /// <summary>One per fact table read through a source with an other end, over every aggregate the plans take of it.</summary>
    public static IReadOnlyDictionary<string, PairSums> For(IEnumerable<AggregateExpr> aggregates) =>
        aggregates
            .Select(a => (Aggregate: a, Source: FactSchemas.Sources[a.Source]))
            .Where(a => a.Source.OtherUnitKey is not null)
            .GroupBy(a => a.Source.Table)
            .ToDictionary(
                g => g.Key,
                g => new PairSums(
                    g.Key,
                    g.SelectMany(a => new[] { a.Source.UnitKey, a.Source.OtherUnitKey! }).Distinct().Order(StringComparer.Ordinal).ToList(),
                    g.Select(a => a.Aggregate).Distinct().ToList()),
                StringComparer.Ordinal);

    /// <summary>The summand of an aggregate at a level, over this table's pair rows joined to h (this end) and o (the other).</summary>
    public string Summand(AggregateExpr aggregate, UnitLevel level)
    {
        if (!ReadsSameUnit(aggregate))
        {
            return Column(aggregate);
        }

        var same = Column(SameUnitVariant.Fix(aggregate, sameUnit: true));
        var different = Column(SameUnitVariant.Fix(aggregate, sameUnit: false));
        return $"CASE WHEN {new LevelJoin(level).SameUnit} THEN {same} ELSE {different} END";
    }

    // A variant whose filter never holds sums to 0 and has no column.
    private string Column(AggregateExpr? aggregate) =>
        aggregate is null ? SqlRenderer.False : $"f.{_columns[SqlRenderer.RenderSummand(aggregate)]}";

    private static IEnumerable<AggregateExpr?> Variants(AggregateExpr aggregate) =>
        ReadsSameUnit(aggregate) ? [SameUnitVariant.Fix(aggregate, sameUnit: true), SameUnitVariant.Fix(aggregate, sameUnit: false)] : [aggregate];

    private static bool ReadsSameUnit(AggregateExpr aggregate) => PlanWalker.Columns(aggregate).Contains(FactSource.SameUnitColumn);
}
