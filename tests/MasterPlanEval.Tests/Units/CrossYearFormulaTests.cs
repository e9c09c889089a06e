using MasterPlanEval.Core.Engines;
using MasterPlanEval.Core.Errors;
using MasterPlanEval.Core.Model;
using MasterPlanEval.Core.Plans;
using MasterPlanEval.Indicators.Formulas;

namespace MasterPlanEval.Tests.Units;

/// <summary>
/// Cross-year formulas: what the parser builds and refuses, and <see cref="CrossYearEvaluator"/> on a unit with
/// values in 2015, 2018 and 2020 (the baseline is the first year of the run).
/// </summary>
public sealed class CrossYearFormulaTests
{
    private static readonly SourceLocation Where = new("catalog/sdg/test.yaml", Field: "formula");

    [Fact]
    public void Growth_rate_parses_to_references_at_the_year_and_the_baseline()
    {
        var tree = FormulaParser.Parse("ln(value(resident_population) / baseline(resident_population)) / years", new Dictionary<string, string>(), Where);

        Assert.Equal(
            new ArithmeticExpr(
                ArithmeticOp.Divide,
                new FunctionExpr(
                    ScalarFunction.Ln,
                    new ArithmeticExpr(ArithmeticOp.Divide, new IndicatorRef("resident_population", false), new IndicatorRef("resident_population", true))),
                new YearsSinceBaseline()),
            tree);
    }

    [Fact]
    public void A_formula_mixing_sums_and_indicator_values_is_refused()
    {
        var error = Assert.Throws<EvaluationException>(() =>
            FormulaParser.Parse("sum(census.residents) / value(resident_population)", new Dictionary<string, string>(), Where));

        Assert.Contains("not both", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rates_run_from_the_first_year_and_have_no_value_in_it()
    {
        var plan = new IndicatorPlan(
            "growth",
            FormulaParser.Parse("ln(value(pop) / baseline(pop)) / years", new Dictionary<string, string>(), Where),
            [UnitLevel.Subdistrict]);
        var values = new[] { (2015, 1000.0), (2018, 1100.0), (2020, 1210.0) }
            .Select(v => new IndicatorValue("pop", UnitLevel.Subdistrict, "a", v.Item1, v.Item2, false, 1, []))
            .ToList();

        var growth = CrossYearEvaluator.Evaluate([plan], values, [2015, 2018, 2020]).ToDictionary(v => v.Year);

        // 2015: years = 0. 2018: ln(1.1) / 3. 2020: ln(1.21) / 5 = 2 ln(1.1) / 5.
        Assert.Null(growth[2015].Value);
        Assert.True(growth[2015].ZeroDenominator);
        Assert.Equal(Math.Log(1.1) / 3, growth[2018].Value!.Value, 12);
        Assert.Equal(2 * Math.Log(1.1) / 5, growth[2020].Value!.Value, 12);
        Assert.Equal([1210.0, 1000.0], growth[2020].Components);
    }

    [Theory]
    [InlineData(0.02, 0.01, 2.0, false)]
    [InlineData(-0.02, -0.01, 2.0, false)]
    [InlineData(0.0, 0.01, 0.0, false)]
    [InlineData(-0.02, 0.01, null, true)]
    [InlineData(0.02, 0.0005, null, true)]
    public void A_ratio_of_rates_is_not_meaningful_when_they_differ_in_sign_or_the_denominator_is_about_zero(
        double numerator, double denominator, double? expected, bool notMeaningful)
    {
        var plan = new IndicatorPlan(
            "ratio",
            FormulaParser.Parse("meaningful_ratio(value(x), value(y), 0.001)", new Dictionary<string, string>(), Where),
            [UnitLevel.City]);
        IndicatorValue Given(string id, double value) => new(id, UnitLevel.City, "c", 2020, value, false, 1, []);

        var ratio = Assert.Single(CrossYearEvaluator.Evaluate([plan], [Given("x", numerator), Given("y", denominator)], [2020]));

        Assert.Equal(expected, ratio.Value);
        Assert.Equal(notMeaningful, ratio.NotMeaningful);
    }
}
