using MasterPlanEval.Core.Errors;
using MasterPlanEval.Core.Model;
using MasterPlanEval.Core.Plans;
using MasterPlanEval.Engines.DuckDb;
using MasterPlanEval.Indicators.Catalog;
using MasterPlanEval.Indicators.Formulas;

namespace MasterPlanEval.Tests.Units;

/// <summary><c>in (...)</c> lists and <c>or</c> in where clauses: parsed with <c>and</c> binding tighter, and run on DuckDB.</summary>
public sealed class FormulaConditionTests
{
    private static readonly SourceLocation Here = new("test.yaml");

    [Fact]
    public void And_binds_tighter_than_or()
    {
        var formula = FormulaParser.Parse("sum(commutes_by_home.persons where minutes < 10 or minutes > 50 and mode = 'car')", new Dictionary<string, string>(), Here);
        var filter = Assert.IsType<AggregateExpr>(formula).Filter;
        var or = Assert.IsType<OrExpr>(filter);
        Assert.IsType<ComparisonExpr>(or.Left);
        Assert.IsType<AndExpr>(or.Right);
    }

    [Fact]
    public void In_list_holds_its_constants()
    {
        var formula = FormulaParser.Parse("sum(commutes_by_home.persons where mode in ('walk', 'bike', :transit))", new Dictionary<string, string> { ["transit"] = "rail" }, Here);
        var inExpr = Assert.IsType<InExpr>(Assert.IsType<AggregateExpr>(formula).Filter);
        Assert.Equal(new ColumnRef("mode"), inExpr.Value);
        Assert.Equal<PlanExpr>([new TextLiteral("walk"), new TextLiteral("bike"), new TextLiteral("rail")], inExpr.Options);
    }

    [Fact]
    public void In_and_or_select_the_right_rows_on_the_engine()
    {
        // Rows (persons, mode, minutes): 1 walk 5, 2 bike 20, 4 bus 70, 8 car 30, 16 rail 40.
        // mode in (walk, bike) or minutes > 60 → 1 + 2 + 4 = 7 of 31 persons.
        var plan = new IndicatorPlan(
            "test",
            FormulaParser.Parse(
                "sum(commutes_by_home.persons where mode in ('walk', 'bike') or minutes > 60) / sum(commutes_by_home.persons)",
                new Dictionary<string, string>(),
                Here),
            [UnitLevel.Subdistrict]);
        var rows = new (double Persons, string Mode, double Minutes)[] { (1, "walk", 5), (2, "bike", 20), (4, "bus", 70), (8, "car", 30), (16, "rail", 40) };
        var example = new IndicatorExample(
            "in-or",
            new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>>
            {
                ["commutes"] = rows.Select(r => (IReadOnlyDictionary<string, string>)new Dictionary<string, string>
                {
                    ["home_subdistrict_id"] = "a",
                    ["persons"] = r.Persons.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["mode"] = r.Mode,
                    ["minutes"] = r.Minutes.ToString(System.Globalization.CultureInfo.InvariantCulture),
                }).ToList(),
            },
            new Dictionary<string, double?> { ["a"] = 7.0 / 31 });
        using var engine = new DuckDbEngine();
        foreach (var table in ExampleFacts.Build(example))
        {
            engine.Load(table);
        }

        var value = Assert.Single(engine.Evaluate(plan), v => v.UnitId == "a").Value;
        Assert.Equal(7.0 / 31, value!.Value, 12);
    }

    [Fact]
    public void In_needs_a_parenthesised_list()
    {
        var error = Assert.Throws<EvaluationException>(() =>
            FormulaParser.Parse("sum(commutes_by_home.persons where mode in 'walk')", new Dictionary<string, string>(), Here));
        Assert.Contains("expected '('", error.Message, StringComparison.Ordinal);
    }
}
