using MasterPlanEval.Core.Engines;
using MasterPlanEval.Core.Errors;
using MasterPlanEval.Core.Model;
using MasterPlanEval.Core.Plans;
using MasterPlanEval.Indicators.Formulas;

namespace MasterPlanEval.Tests.Units;

/// <summary>
/// Cross-year formulas: what the parser builds and refuses, and <see cref="CrossYearEvaluator"/> on a unit with
/// values in 2015, 2018 and 2020 (the baseline is the first year of the run), on a run whose first year has no
/// census (the baseline moves to the next), and on rates measured over different periods.
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
    [InlineData(0.02, 0.01, 2.0, null)]
    [InlineData(-0.02, -0.01, 2.0, null)]
    [InlineData(0.0, 0.01, 0.0, null)]
    [InlineData(-0.02, 0.01, null, NotMeaningfulReason.OppositeSigns)]
    [InlineData(0.02, 0.0005, null, NotMeaningfulReason.DenominatorNearZero)]
    [InlineData(-0.02, 0.0005, null, NotMeaningfulReason.DenominatorNearZero)]
    public void A_ratio_of_rates_is_not_meaningful_when_they_differ_in_sign_or_the_denominator_is_about_zero(
        double numerator, double denominator, double? expected, NotMeaningfulReason? notMeaningful)
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

    [Fact]
    public void The_baseline_is_the_first_year_with_values_not_a_year_without_input_rows()
    {
        var plan = new IndicatorPlan(
            "growth",
            FormulaParser.Parse("ln(value(pop) / baseline(pop)) / years", new Dictionary<string, string>(), Where),
            [UnitLevel.Subdistrict]);

        // 2019 had no census rows: the engine's sum is 0 from 0 rows, which is no measurement.
        IndicatorValue[] values =
        [
            new("pop", UnitLevel.Subdistrict, "a", 2019, 0, false, 0, []),
            new("pop", UnitLevel.Subdistrict, "a", 2020, 2900, false, 3, []),
            new("pop", UnitLevel.Subdistrict, "a", 2025, 2860, false, 3, []),
        ];

        var growth = CrossYearEvaluator.Evaluate([plan], values, [2019, 2020, 2025]).ToDictionary(v => v.Year);

        // Baseline 2020, y = 5: ln(2860 / 2900) / 5 = ln(1 − 2/145) / 5 ≈ (−0.0137931 − 0.0000951 − 0.0000009) / 5 = −0.0027778.
        Assert.Equal(-0.0027778, growth[2025].Value!.Value, 7);
        Assert.Equal(2020, growth[2025].BaselineYear);
        Assert.Equal([2860.0, 2900.0], growth[2025].Components);

        // 2020 is the baseline itself (y = 0); 2019 reads a value without rows: no value, no_input_rows (InputRows 0).
        Assert.Null(growth[2020].Value);
        Assert.True(growth[2020].ZeroDenominator);
        Assert.Null(growth[2019].Value);
        Assert.Equal(0, growth[2019].InputRows);
        Assert.True(double.IsNaN(growth[2019].Components[0]));
    }

    [Fact]
    public void Rates_over_different_periods_make_their_ratio_not_meaningful()
    {
        IndicatorPlan Plan(string id, string formula) =>
            new(id, FormulaParser.Parse(formula, new Dictionary<string, string>(), Where), [UnitLevel.City]);
        IndicatorValue Given(string id, int year, double value) => new(id, UnitLevel.City, "c", year, value, false, 1, []);
        var plans = new[]
        {
            Plan("lcr", "ln(value(land) / baseline(land)) / years"),
            Plan("pgr", "ln(value(pop) / baseline(pop)) / years"),
            Plan("ratio", "meaningful_ratio(value(lcr), value(pgr), 0.001)"),
        };

        // Land is surveyed from 2020, the census runs from 2015: LCR measures 2020–2025, PGR 2015–2025.
        var values = CrossYearEvaluator.Evaluate(
                plans,
                [Given("land", 2020, 100), Given("land", 2025, 110), Given("pop", 2015, 1000), Given("pop", 2020, 1100), Given("pop", 2025, 1210)],
                [2015, 2020, 2025])
            .Where(v => v.Year == 2025)
            .ToDictionary(v => v.IndicatorId);

        // LCR = ln(1.1) / 5 and PGR = ln(1.21) / 10 = ln(1.1) / 5 would give a ratio of 1, but over different periods.
        Assert.Equal((2020, 2015), (values["lcr"].BaselineYear!.Value, values["pgr"].BaselineYear!.Value));
        Assert.Equal(values["lcr"].Value!.Value, values["pgr"].Value!.Value, 12);
        Assert.Null(values["ratio"].Value);
        Assert.Equal(NotMeaningfulReason.DifferentPeriods, values["ratio"].NotMeaningful);
    }

    [Fact]
    public void A_ratio_of_rates_over_one_period_carries_that_period()
    {
        var plans = new[]
        {
            new IndicatorPlan("pgr", FormulaParser.Parse("ln(value(pop) / baseline(pop)) / years", new Dictionary<string, string>(), Where), [UnitLevel.City]),
            new IndicatorPlan("double", FormulaParser.Parse("value(pgr) * 2", new Dictionary<string, string>(), Where), [UnitLevel.City]),
        };
        IndicatorValue Given(int year, double value) => new("pop", UnitLevel.City, "c", year, value, false, 1, []);

        var doubled = CrossYearEvaluator.Evaluate(plans, [Given(2015, 1000), Given(2020, 1100)], [2015, 2020]).Single(v => v.IndicatorId == "double" && v.Year == 2020);

        // 2 · ln(1.1) / 5 = 2 · 0.0953102 / 5 = 0.0381241, measured from 2015 like the rate it reads.
        Assert.Equal(0.0381241, doubled.Value!.Value, 7);
        Assert.Equal(2015, doubled.BaselineYear);
    }
}
