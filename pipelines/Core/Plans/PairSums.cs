using System.Text;
using MasterPlanEval.Core.Facts;
using MasterPlanEval.Core.Model;

namespace MasterPlanEval.Core.Plans;

/// <summary>
/// The sums over a two-ended fact table (commutes), taken once per year and pair of end sub-districts, so the
/// big table is scanned once for every level and both ends instead of once per level and end. Sums are
/// additive, so each level adds up the pair sums. <c>same_unit</c> depends on the level, so a sum that reads it
/// is kept twice — once as if both ends were in the same unit, once as if not — and each level picks per pair.
/// </summary>
internal sealed class PairSums
{
    private readonly Dictionary<string, string> _columns = new(StringComparer.Ordinal);

    private PairSums(string table, IReadOnlyList<string> keys, IReadOnlyList<AggregateExpr> aggregates)
    {
        Name = $"agg_pairs_{table}";
        foreach (var aggregate in aggregates)
        {
            foreach (var sameUnit in Variants(aggregate))
            {
                var term = SqlRenderer.RenderSummand(aggregate, sameUnit);
                _columns.TryAdd(term, $"p{_columns.Count}");
            }
        }

        var columns = string.Concat(keys.Select(k => $", f.{k} AS {k}"));
        var sums = string.Concat(_columns.Select(c => $", SUM({c.Key}) AS {c.Value}"));
        Aggregation = new SqlAggregation(
            Name,
            $"SELECT f.year AS year{columns}{sums}, COUNT(*) AS n FROM {table} f{EndJoins(aggregates)} GROUP BY f.year{string.Concat(keys.Select(k => $", f.{k}"))}");
    }

    /// <summary>The alias of the cell row of a commute end (home or work) in the pair aggregation.</summary>
    public static string EndAlias(string end) => end == "home" ? "hc" : "wc";

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
            return $"f.{_columns[SqlRenderer.RenderSummand(aggregate, null)]}";
        }

        var same = _columns[SqlRenderer.RenderSummand(aggregate, SqlRenderer.True)];
        var different = _columns[SqlRenderer.RenderSummand(aggregate, SqlRenderer.False)];
        return $"CASE WHEN {new LevelJoin(level).SameUnit} THEN f.{same} ELSE f.{different} END";
    }

    // Each end's cell in the commute's year, one row per cell and year (a duplicated grid row must not
    // duplicate commutes), joined only when a sum reads a flag of an end.
    private static string EndJoins(IReadOnlyList<AggregateExpr> aggregates)
    {
        var ends = new List<(string end, string cellColumn)>();
        foreach (var column in aggregates.SelectMany(PlanWalker.Columns).Distinct())
        {
            if (FactSchemas.TryParseEndColumn(column, out var end, out var cellColumn))
            {
                ends.Add((end, cellColumn));
            }
        }

        var joins = new StringBuilder();
        foreach (var end in ends.Select(e => e.end).Distinct().Order(StringComparer.Ordinal))
        {
            var flags = ends.Where(e => e.end == end).Select(e => e.cellColumn).Distinct().Order(StringComparer.Ordinal).ToList();
            var alias = EndAlias(end);
            joins.Append($" LEFT JOIN (SELECT cell_id, year{string.Concat(flags.Select(f => $", MAX({f}) AS {f}"))} FROM {FactSchemas.Cells.Table} GROUP BY cell_id, year) {alias}")
                .Append($" ON {alias}.cell_id = f.{end}_cell AND {alias}.year = f.year");
        }

        return joins.ToString();
    }

    private static IEnumerable<string?> Variants(AggregateExpr aggregate) =>
        ReadsSameUnit(aggregate) ? [SqlRenderer.True, SqlRenderer.False] : [null];

    private static bool ReadsSameUnit(AggregateExpr aggregate) => PlanWalker.Columns(aggregate).Contains(FactSource.SameUnitColumn);
}
