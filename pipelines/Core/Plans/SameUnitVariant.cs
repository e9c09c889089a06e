using MasterPlanEval.Core.Facts;

namespace MasterPlanEval.Core.Plans;

/// <summary>
/// An aggregate that reads <c>same_unit</c>, with <c>same_unit</c> fixed to 1 or 0 and its filter folded, so a
/// pair sum kept for each case costs nothing when the case decides the filter: <c>sum(persons where same_unit = 1)</c>
/// is <c>sum(persons)</c> when both ends are in one unit and 0 when not.
/// </summary>
internal static class SameUnitVariant
{
    /// <summary>The aggregate for one case; null when its filter never holds (the sum is 0).</summary>
    public static AggregateExpr? Fix(AggregateExpr aggregate, bool sameUnit)
    {
        var value = Substitute(aggregate.Value, sameUnit);
        if (aggregate.Filter is null)
        {
            return aggregate with { Value = value };
        }

        return Fold(Substitute(aggregate.Filter, sameUnit)) switch
        {
            Decided { Holds: false } => null,
            Decided { Holds: true } => aggregate with { Value = value, Filter = null },
            var filter => aggregate with { Value = value, Filter = filter },
        };
    }

    private static PlanExpr Substitute(PlanExpr node, bool sameUnit) => node switch
    {
        ColumnRef { Column: FactSource.SameUnitColumn } => new NumberLiteral(sameUnit ? 1 : 0),
        ArithmeticExpr a => a with { Left = Substitute(a.Left, sameUnit), Right = Substitute(a.Right, sameUnit) },
        ComparisonExpr c => c with { Left = Substitute(c.Left, sameUnit), Right = Substitute(c.Right, sameUnit) },
        AndExpr a => new AndExpr(Substitute(a.Left, sameUnit), Substitute(a.Right, sameUnit)),
        OrExpr o => new OrExpr(Substitute(o.Left, sameUnit), Substitute(o.Right, sameUnit)),
        InExpr i => new InExpr(Substitute(i.Value, sameUnit), i.Options),
        _ => node,
    };

    // Only what substituting a constant can decide: a comparison of two numbers, and and/or over decided parts.
    private static PlanExpr Fold(PlanExpr node) => node switch
    {
        ComparisonExpr { Left: NumberLiteral l, Right: NumberLiteral r } c => new Decided(Compare(c.Op, l.Value, r.Value)),
        AndExpr a => (Fold(a.Left), Fold(a.Right)) switch
        {
            (Decided { Holds: false }, _) or (_, Decided { Holds: false }) => new Decided(false),
            (Decided { Holds: true }, var right) => right,
            (var left, Decided { Holds: true }) => left,
            var (left, right) => new AndExpr(left, right),
        },
        OrExpr o => (Fold(o.Left), Fold(o.Right)) switch
        {
            (Decided { Holds: true }, _) or (_, Decided { Holds: true }) => new Decided(true),
            (Decided { Holds: false }, var right) => right,
            (var left, Decided { Holds: false }) => left,
            var (left, right) => new OrExpr(left, right),
        },
        _ => node,
    };

    private static bool Compare(ComparisonOp op, double left, double right) => op switch
    {
        ComparisonOp.Equal => left == right,
        ComparisonOp.NotEqual => left != right,
        ComparisonOp.Less => left < right,
        ComparisonOp.LessOrEqual => left <= right,
        ComparisonOp.Greater => left > right,
        ComparisonOp.GreaterOrEqual => left >= right,
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    /// <summary>A condition the substitution decided; never leaves this class.</summary>
    private sealed record Decided(bool Holds) : PlanExpr;
}
