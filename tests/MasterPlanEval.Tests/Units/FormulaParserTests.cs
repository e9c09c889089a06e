using MasterPlanEval.Core.Errors;
using MasterPlanEval.Core.Plans;
using MasterPlanEval.Indicators.Formulas;

namespace MasterPlanEval.Tests.Units;

/// <summary>
/// <see cref="FormulaParser.Parse"/>: the trees it builds (written out by hand from the grammar in its doc
/// comment) and the catalog errors it raises, each naming what is wrong.
/// </summary>
public sealed class FormulaParserTests
{
    private static readonly SourceLocation Where = new("catalog/mobility/test.yaml", Field: "formula");

    private static readonly Dictionary<string, string> NoParameters = [];

    [Fact]
    public void Mean_commute_formula_is_a_division_of_two_sums_over_commutes_by_home()
    {
        var tree = FormulaParser.Parse(
            "sum(commutes_by_home.persons * minutes) / sum(commutes_by_home.persons)", NoParameters, Where);

        // Built by hand: '/' at the top, each sum keeps its source name, the row expression is persons * minutes.
        var expected = new ArithmeticExpr(
            ArithmeticOp.Divide,
            new AggregateExpr(
                AggregateKind.Sum,
                "commutes_by_home",
                new ArithmeticExpr(ArithmeticOp.Multiply, new ColumnRef("persons"), new ColumnRef("minutes")),
                null),
            new AggregateExpr(AggregateKind.Sum, "commutes_by_home", new ColumnRef("persons"), null));
        Assert.Equal(expected, tree);
    }

    [Fact]
    public void Multiplication_binds_tighter_than_subtraction_and_operators_associate_left()
    {
        var tree = FormulaParser.Parse("sum(census.residents) - 2 - 3 * 4", NoParameters, Where);

        // (sum - 2) - (3 * 4): left association for '-', '*' inside the right term.
        var sum = new AggregateExpr(AggregateKind.Sum, "census", new ColumnRef("residents"), null);
        var expected = new ArithmeticExpr(
            ArithmeticOp.Subtract,
            new ArithmeticExpr(ArithmeticOp.Subtract, sum, new NumberLiteral(2)),
            new ArithmeticExpr(ArithmeticOp.Multiply, new NumberLiteral(3), new NumberLiteral(4)));
        Assert.Equal(expected, tree);
    }

    [Fact]
    public void Number_parameter_becomes_a_number_literal()
    {
        var parameters = new Dictionary<string, string> { ["max_minutes"] = "45" };

        var tree = FormulaParser.Parse("sum(commutes_by_home.persons where minutes <= :max_minutes)", parameters, Where);

        var expected = new AggregateExpr(
            AggregateKind.Sum,
            "commutes_by_home",
            new ColumnRef("persons"),
            new ComparisonExpr(ComparisonOp.LessOrEqual, new ColumnRef("minutes"), new NumberLiteral(45)));
        Assert.Equal(expected, tree);
    }

    [Fact]
    public void Text_parameter_becomes_a_text_literal()
    {
        var parameters = new Dictionary<string, string> { ["mode"] = "rail" };

        var tree = FormulaParser.Parse("sum(commutes_by_home.persons where mode = :mode)", parameters, Where);

        var filter = Assert.IsType<AggregateExpr>(tree).Filter;
        Assert.Equal(new ComparisonExpr(ComparisonOp.Equal, new ColumnRef("mode"), new TextLiteral("rail")), filter);
    }

    [Fact]
    public void Where_with_and_builds_an_and_of_two_comparisons()
    {
        var tree = FormulaParser.Parse(
            "sum(commutes_by_home.persons where minutes = 1 and distance_km > 2)", NoParameters, Where);

        var expected = new AggregateExpr(
            AggregateKind.Sum,
            "commutes_by_home",
            new ColumnRef("persons"),
            new AndExpr(
                new ComparisonExpr(ComparisonOp.Equal, new ColumnRef("minutes"), new NumberLiteral(1)),
                new ComparisonExpr(ComparisonOp.Greater, new ColumnRef("distance_km"), new NumberLiteral(2))));
        Assert.Equal(expected, tree);
    }

    [Fact]
    public void Three_conditions_group_to_the_left()
    {
        var tree = FormulaParser.Parse(
            "sum(commutes_by_home.persons where minutes >= 1 and minutes != 2 and mode = 'bus')", NoParameters, Where);

        // conj := cmp (and cmp)* gives (a AND b) AND c.
        var filter = Assert.IsType<AggregateExpr>(tree).Filter;
        var expected = new AndExpr(
            new AndExpr(
                new ComparisonExpr(ComparisonOp.GreaterOrEqual, new ColumnRef("minutes"), new NumberLiteral(1)),
                new ComparisonExpr(ComparisonOp.NotEqual, new ColumnRef("minutes"), new NumberLiteral(2))),
            new ComparisonExpr(ComparisonOp.Equal, new ColumnRef("mode"), new TextLiteral("bus")));
        Assert.Equal(expected, filter);
    }

    [Fact]
    public void Coverage_columns_of_cells_are_accepted_by_pattern()
    {
        var tree = FormulaParser.Parse("sum(cells.residents where covered_park_500m = 1)", NoParameters, Where);

        var filter = Assert.IsType<AggregateExpr>(tree).Filter;
        Assert.Equal(new ComparisonExpr(ComparisonOp.Equal, new ColumnRef("covered_park_500m"), new NumberLiteral(1)), filter);
    }

    [Theory]
    [InlineData("sum(trips.persons)", "unknown source 'trips'")]
    [InlineData("sum(census.workers)", "no column 'workers'")]
    [InlineData("sum(cells.residents where covered_park_m = 1)", "no column 'covered_park_m'")]
    [InlineData("persons / sum(commutes_by_home.persons)", "'persons' is not inside a sum")]
    [InlineData("sum(census.residents * sum(census.residents))", "cannot nest")]
    [InlineData("sum(commutes_by_home.persons where minutes <= :max_minutes)", "':max_minutes'")]
    [InlineData("sum(census.residents) 2", "unexpected '2'")]
    [InlineData("sum(census.residents))", "unexpected ')'")]
    [InlineData("sum(commutes_by_home.persons where mode = 'rail)", "unterminated text at character 43")]
    [InlineData("1 + 2", "at least one sum(...)")]
    [InlineData("sum(census.residents", "expected ')'")]
    [InlineData("sum(commutes_by_home.persons where minutes 45)", "expected a comparison")]
    public void Bad_formula_is_a_catalog_error_naming_the_problem(string formula, string expectedPart)
    {
        var error = Assert.Throws<EvaluationException>(() => FormulaParser.Parse(formula, NoParameters, Where));

        Assert.Equal(ErrorCategory.Catalog, error.Category);
        Assert.Contains(expectedPart, error.Message, StringComparison.Ordinal);
        Assert.Equal(Where, error.Location);
    }

    [Fact]
    public void Unterminated_text_position_is_the_opening_quote()
    {
        // Independent of the literal in the theory above: the 1-based position of the quote, counted here.
        const string formula = "sum(commutes_by_home.persons where mode = 'rail)";
        var error = Assert.Throws<EvaluationException>(() => FormulaParser.Parse(formula, NoParameters, Where));

        Assert.Contains($"character {formula.IndexOf('\'', StringComparison.Ordinal) + 1}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Summing_a_text_column_is_refused_at_parse_time()
    {
        // 'mode' is a text column: SUM over it can only fail later inside the engine, so the parser, which checks
        // every column against FactSchemas, should refuse it as a catalog error.
        var error = Assert.Throws<EvaluationException>(
            () => FormulaParser.Parse("sum(commutes_by_home.mode)", NoParameters, Where));

        Assert.Equal(ErrorCategory.Catalog, error.Category);
        Assert.Contains("mode", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_parameter_outside_a_sum_is_refused_like_a_text_literal_outside_a_sum()
    {
        // A literal 'rail' outside sum(...) is refused; the same text arriving through :mode must be refused too,
        // otherwise the renderer meets a TextLiteral at the top of the tree and throws InvalidOperationException.
        var parameters = new Dictionary<string, string> { ["mode"] = "rail" };

        Assert.Throws<EvaluationException>(() => FormulaParser.Parse("sum(census.residents) * 'rail'", NoParameters, Where));
        var error = Assert.Throws<EvaluationException>(
            () => FormulaParser.Parse("sum(census.residents) * :mode", parameters, Where));
        Assert.Equal(ErrorCategory.Catalog, error.Category);
    }
}
