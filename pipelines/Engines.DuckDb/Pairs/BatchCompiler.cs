using MasterPlanEval.Core.Errors;
using MasterPlanEval.Core.Facts;
using MasterPlanEval.Core.Plans;

namespace MasterPlanEval.Engines.DuckDb.Pairs;

/// <summary>
/// Compiles a plan's row expressions (a sum's value, its <c>where</c> filter) into batch nodes with the SQL
/// rendering's meaning (<see cref="SqlRenderer"/>: NULL through arithmetic, ÷ 0 is NULL, IN is an OR of equals).
/// Each worker compiles its own nodes: they hold the buffers they evaluate into.
/// </summary>
internal sealed class BatchCompiler(FactSource source, IReadOnlyList<string> numberColumns, IReadOnlyList<string> textColumns, TextInterner interner, int capacity)
{
    public NumberNode Number(PlanExpr node) => node switch
    {
        NumberLiteral n => new NumberConstantNode(n.Value, capacity),
        ColumnRef c when source.HasNumber(c.Column) => new NumberColumnNode(Index(numberColumns, c.Column)),
        ArithmeticExpr a => new ArithmeticNode(a.Op, Number(a.Left), Number(a.Right), capacity),
        _ => throw Unsupported(node, "a number"),
    };

    public ConditionNode Condition(PlanExpr node) => node switch
    {
        AndExpr a => new LogicNode(and: true, Condition(a.Left), Condition(a.Right), capacity),
        OrExpr o => new LogicNode(and: false, Condition(o.Left), Condition(o.Right), capacity),
        InExpr i when IsText(i.Value) && i.Options.All(o => o is TextLiteral) =>
            new TextInNode(Text(i.Value), i.Options.Cast<TextLiteral>().Select(o => interner.Of(o.Value)).ToList(), capacity),
        InExpr i => i.Options
            .Select(option => Comparison(new ComparisonExpr(ComparisonOp.Equal, i.Value, option)))
            .Aggregate((left, right) => new LogicNode(and: false, left, right, capacity)),
        ComparisonExpr c => Comparison(c),
        _ => throw Unsupported(node, "a condition"),
    };

    private ConditionNode Comparison(ComparisonExpr c) => IsText(c.Left) || IsText(c.Right)
        ? new TextComparisonNode(c.Op, Text(c.Left), Text(c.Right), capacity)
        : new NumberComparisonNode(c.Op, Number(c.Left), Number(c.Right), capacity);

    private TextNode Text(PlanExpr node) => node switch
    {
        TextLiteral t => new TextConstantNode(interner.Of(t.Value), capacity),
        ColumnRef c when source.HasText(c.Column) => new TextColumnNode(Index(textColumns, c.Column)),
        _ => throw Unsupported(node, "a text"),
    };

    private bool IsText(PlanExpr node) => node is TextLiteral || (node is ColumnRef c && source.HasText(c.Column));

    private static int Index(IReadOnlyList<string> columns, string column)
    {
        var index = columns.ToList().IndexOf(column);
        return index >= 0 ? index : throw new InvalidOperationException($"column {column} is not among the kernel's inputs");
    }

    // DuckDB would fail the same expression when it casts one side to the other's type.
    private static EvaluationException Unsupported(PlanExpr node, string expected) =>
        new(ErrorCategory.Engine, $"engine duckdb cannot sum commutes: '{FormulaPrinter.Print(node)}' is not {expected}");
}
