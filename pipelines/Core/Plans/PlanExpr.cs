namespace MasterPlanEval.Core.Plans;

/// <summary>
/// A node of an indicator plan: an engine-neutral expression tree compiled from a catalog formula.
/// Aggregates sit at the top of the tree; columns and comparisons only inside an aggregate.
/// </summary>
public abstract record PlanExpr;

/// <summary>A number.</summary>
public sealed record NumberLiteral(double Value) : PlanExpr;

/// <summary>A text constant, compared with a text column.</summary>
public sealed record TextLiteral(string Value) : PlanExpr;

/// <summary>A column of the aggregated source.</summary>
public sealed record ColumnRef(string Column) : PlanExpr;

/// <summary>Arithmetic. Division by zero yields no value.</summary>
public sealed record ArithmeticExpr(ArithmeticOp Op, PlanExpr Left, PlanExpr Right) : PlanExpr;

/// <summary>A comparison inside a <c>where</c> clause.</summary>
public sealed record ComparisonExpr(ComparisonOp Op, PlanExpr Left, PlanExpr Right) : PlanExpr;

/// <summary>Both conditions hold.</summary>
public sealed record AndExpr(PlanExpr Left, PlanExpr Right) : PlanExpr;

/// <summary>At least one condition holds.</summary>
public sealed record OrExpr(PlanExpr Left, PlanExpr Right) : PlanExpr;

/// <summary>The value equals one of the listed constants (e.g. <c>mode in ('walk', 'bike')</c>).</summary>
public sealed record InExpr(PlanExpr Value, IReadOnlyList<PlanExpr> Options) : PlanExpr;

/// <summary>Sum of <see cref="Value"/> over the rows of a source that fall in a unit and year and pass <see cref="Filter"/>.</summary>
public sealed record AggregateExpr(AggregateKind Kind, string Source, PlanExpr Value, PlanExpr? Filter) : PlanExpr;

/// <summary>
/// A function of a value computed from sums (never of a row): <c>ln(x)</c>, no value unless x &gt; 0; and
/// <c>plogp(x)</c> = x·ln x with 0·ln 0 = 0, the term of a Shannon entropy.
/// </summary>
public sealed record FunctionExpr(ScalarFunction Function, PlanExpr Argument) : PlanExpr;

/// <summary>
/// Another indicator's value for the same unit, in the year evaluated (<c>value(id)</c>) or in the run's
/// baseline year, its first (<c>baseline(id)</c>): the parts of a cross-year formula such as SDG 11.3.1.
/// </summary>
public sealed record IndicatorRef(string IndicatorId, bool AtBaseline) : PlanExpr;

/// <summary>Years from the run's baseline year to the year evaluated (<c>years</c>); 0 in the baseline year itself.</summary>
public sealed record YearsSinceBaseline : PlanExpr;

/// <summary>
/// <c>meaningful_ratio(x, y, min)</c>: x / y, but no value (flagged not_meaningful) when |y| &lt; min or x and y
/// differ in sign: a ratio of rates says nothing when the denominator is about 0 or the rates move apart.
/// </summary>
public sealed record MeaningfulRatioExpr(PlanExpr Numerator, PlanExpr Denominator, PlanExpr Minimum) : PlanExpr;

/// <summary>Functions a formula may apply outside its sums.</summary>
public enum ScalarFunction
{
    Ln,
    PLogP,
}

/// <summary>Arithmetic operators.</summary>
public enum ArithmeticOp
{
    Add,
    Subtract,
    Multiply,
    Divide,
}

/// <summary>Comparison operators.</summary>
public enum ComparisonOp
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}

/// <summary>Aggregations a formula may use.</summary>
public enum AggregateKind
{
    Sum,
}
