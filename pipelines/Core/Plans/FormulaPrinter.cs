using System.Globalization;

namespace MasterPlanEval.Core.Plans;

/// <summary>Writes a plan tree back as formula text, for the components column and <c>explain</c>.</summary>
public static class FormulaPrinter
{
    public static string Print(PlanExpr node) => node switch
    {
        NumberLiteral n => n.Value.ToString("G", CultureInfo.InvariantCulture),
        TextLiteral t => $"'{t.Value}'",
        ColumnRef c => c.Column,
        ArithmeticExpr a => $"({Print(a.Left)} {Symbol(a.Op)} {Print(a.Right)})",
        ComparisonExpr c => $"{Print(c.Left)} {Symbol(c.Op)} {Print(c.Right)}",
        AndExpr a => $"{Print(a.Left)} and {Print(a.Right)}",
        OrExpr o => $"({Print(o.Left)} or {Print(o.Right)})",
        InExpr i => $"{Print(i.Value)} in ({string.Join(", ", i.Options.Select(Print))})",
        FunctionExpr f => $"{(f.Function == ScalarFunction.Ln ? "ln" : "plogp")}({Unwrap(Print(f.Argument))})",
        IndicatorRef r => $"{(r.AtBaseline ? "baseline" : "value")}({r.IndicatorId})",
        YearsSinceBaseline => "years",
        MeaningfulRatioExpr m => $"meaningful_ratio({Print(m.Numerator)}, {Print(m.Denominator)}, {Print(m.Minimum)})",
        AggregateExpr g => $"sum({g.Source}.{Unwrap(Print(g.Value))}{(g.Filter is null ? string.Empty : $" where {Print(g.Filter)}")})",
        _ => node.GetType().Name,
    };

    private static string Unwrap(string text) => text.StartsWith('(') && text.EndsWith(')') ? text[1..^1] : text;

    private static string Symbol(ArithmeticOp op) => op switch
    {
        ArithmeticOp.Add => "+",
        ArithmeticOp.Subtract => "-",
        ArithmeticOp.Multiply => "*",
        _ => "/",
    };

    private static string Symbol(ComparisonOp op) => op switch
    {
        ComparisonOp.Equal => "=",
        ComparisonOp.NotEqual => "!=",
        ComparisonOp.Less => "<",
        ComparisonOp.LessOrEqual => "<=",
        ComparisonOp.Greater => ">",
        _ => ">=",
    };
}
