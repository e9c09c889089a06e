using MasterPlanEval.Core.Facts;

namespace MasterPlanEval.Core.Plans;

/// <summary>
/// The pair sums of a two-ended fact table as data: one row per year and pair of end keys, each sum exact over
/// its rows' values rounded to <see cref="FixedPointDecimals"/> decimals (a sum with no value to add has none;
/// a row its filter leaves out adds 0), and <c>n</c> the rows of the pair. <see cref="SqlAggregation.Sql"/> renders
/// it for a SQL engine; an engine may compute the same table another way (DuckDB's runs a kernel inside its scan).
/// </summary>
public sealed record PairAggregation(
    string FactTable,
    FactSource Source,
    IReadOnlyList<string> Keys,
    IReadOnlyList<PlanExpr> Values,
    IReadOnlyList<PairSum> Sums)
{
    /// <summary>Decimals each summand keeps: <see cref="SumScale.Coarse"/>, DECIMAL(18, 8).</summary>
    public const int FixedPointDecimals = 8;
}

/// <summary>A sum of a pair aggregation: <see cref="PairAggregation.Values"/>[<see cref="Value"/>] where <see cref="Filter"/> holds.</summary>
public sealed record PairSum(string Column, int Value, PlanExpr? Filter);
