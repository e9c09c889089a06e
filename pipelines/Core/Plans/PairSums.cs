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

    // Each distinct value summed (persons, persons × minutes, …) is rounded to fixed point once per row, and every
    // sum of it picks the rounded value or 0 by its filter: the same exact sums as rounding each filtered summand on
    // its own, with one DECIMAL cast per value instead of one per sum (9 sums of 3 values for the catalog: −18 %
    // CPU in the 20 M-row scan, measured with DuckDB alone). A value is rounded on rows its filter leaves out too; the input limits keep every
    // accepted row's value within the DECIMAL (see SqlRenderer.Sum), so that adds no overflow.
    private readonly Dictionary<string, int> _fixedValues = new(StringComparer.Ordinal);

    private readonly List<PlanExpr> _values = [];

    private PairSums(string table, FactSource source, IReadOnlyList<string> keys, IEnumerable<AggregateExpr> aggregates)
    {
        Name = SqlRenderer.PairTable(table);
        var sums = new List<string>();
        var pairSums = new List<PairSum>();
        foreach (var aggregate in aggregates.SelectMany(Variants).OfType<AggregateExpr>())
        {
            var column = $"p{_columns.Count}";
            if (_columns.TryAdd(SqlRenderer.RenderSummand(aggregate), column))
            {
                var (name, value) = FixedValue(aggregate.Value);
                sums.Add($", {SqlRenderer.SumOfFixed(FixedSummand(name, aggregate.Filter))} AS {column}");
                pairSums.Add(new PairSum(column, value, aggregate.Filter));
            }
        }

        var columns = string.Concat(keys.Select(k => $", f.{k} AS {k}"));
        var rounded = string.Concat(_fixedValues.Select(v => $", {SqlRenderer.ToFixed(v.Key, SumScale.Coarse)} AS {FixedName(v.Value)}"));
        var sql = $"SELECT f.year AS year{columns}{string.Concat(sums)}, COUNT(*) AS n " +
                  $"FROM (SELECT f.*{rounded} FROM {table} f) f GROUP BY f.year{string.Concat(keys.Select(k => $", f.{k}"))}";
        Aggregation = new SqlAggregation(Name, sql, new PairAggregation(table, source, keys, _values, pairSums));
    }

    // The column a distinct value is rounded into, and its index among the aggregation's values.
    private (string Name, int Index) FixedValue(PlanExpr value)
    {
        var rendered = SqlRenderer.RenderRow(value);
        if (!_fixedValues.TryGetValue(rendered, out var index))
        {
            index = _values.Count;
            _fixedValues.Add(rendered, index);
            _values.Add(value);
        }

        return (FixedName(index), index);
    }

    private static string FixedName(int index) => $"d{index}";

    private static string FixedSummand(string name, PlanExpr? filter) => filter is null
        ? $"f.{name}"
        : $"CASE WHEN {SqlRenderer.RenderRow(filter)} THEN f.{name} ELSE {SqlRenderer.ToFixed("0", SumScale.Coarse)} END";

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
                    g.First().Source,
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
