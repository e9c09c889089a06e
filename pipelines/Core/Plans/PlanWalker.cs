namespace MasterPlanEval.Core.Plans;

/// <summary>Reads facts off a plan tree.</summary>
public static class PlanWalker
{
    public static IReadOnlyList<AggregateExpr> Aggregates(PlanExpr root) => Distinct<AggregateExpr>(root);

    public static IReadOnlyList<IndicatorRef> References(PlanExpr root) => Distinct<IndicatorRef>(root);

    public static IReadOnlyList<string> Columns(PlanExpr root)
    {
        var found = new List<string>();
        Visit(root, node =>
        {
            if (node is ColumnRef column && !found.Contains(column.Column))
            {
                found.Add(column.Column);
            }
        });
        return found;
    }

    // The nodes of one kind, each once, in the order they first appear.
    private static List<T> Distinct<T>(PlanExpr root)
        where T : PlanExpr
    {
        var found = new List<T>();
        Visit(root, node =>
        {
            if (node is T match && !found.Contains(match))
            {
                found.Add(match);
            }
        });
        return found;
    }

    public static void Visit(PlanExpr node, Action<PlanExpr> visit)
    {
        visit(node);
        switch (node)
        {
            case ArithmeticExpr a:
                Visit(a.Left, visit);
                Visit(a.Right, visit);
                break;
            case ComparisonExpr c:
                Visit(c.Left, visit);
                Visit(c.Right, visit);
                break;
            case AndExpr and:
                Visit(and.Left, visit);
                Visit(and.Right, visit);
                break;
            case OrExpr or:
                Visit(or.Left, visit);
                Visit(or.Right, visit);
                break;
            case InExpr @in:
                Visit(@in.Value, visit);
                foreach (var option in @in.Options)
                {
                    Visit(option, visit);
                }

                break;
            case FunctionExpr f:
                Visit(f.Argument, visit);
                break;
            case MeaningfulRatioExpr m:
                Visit(m.Numerator, visit);
                Visit(m.Denominator, visit);
                Visit(m.Minimum, visit);
                break;
            case AggregateExpr g:
                Visit(g.Value, visit);
                if (g.Filter is not null)
                {
                    Visit(g.Filter, visit);
                }

                break;
        }
    }
}
