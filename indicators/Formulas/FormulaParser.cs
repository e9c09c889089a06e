using System.Globalization;
using MasterPlanEval.Core.Errors;
using MasterPlanEval.Core.Facts;
using MasterPlanEval.Core.Plans;

namespace MasterPlanEval.Indicators.Formulas;

/// <summary>
/// Compiles a catalog formula into a plan tree, checking every source and column against
/// <see cref="FactSchemas"/>. Grammar:
/// <code>
/// expr  := term (('+'|'-') term)*          term := factor (('*'|'/') factor)*
/// factor:= number | :param | '(' expr ')' | sum '(' source '.' rowexpr [where cond] ')' | (ln | plogp) '(' expr ')'
///        | (value | baseline) '(' indicator ')' | years | meaningful_ratio '(' expr ',' expr ',' expr ')'
/// cond  := conj (or conj)*                 conj := cmp (and cmp)*
/// cmp   := rowexpr op rowexpr | rowexpr in '(' constant (',' constant)* ')'    op := = != &lt; &lt;= &gt; &gt;=
/// </code>
/// Inside an aggregate, identifiers are columns of its source and 'texts' are constants.
/// </summary>
public sealed class FormulaParser
{
    private readonly IReadOnlyList<FormulaToken> _tokens;
    private readonly IReadOnlyDictionary<string, string> _parameters;
    private readonly SourceLocation _location;
    private int _position;
    private FactSource? _source;

    private FormulaParser(string formula, IReadOnlyDictionary<string, string> parameters, SourceLocation location)
    {
        _tokens = FormulaTokenizer.Tokenize(formula, location);
        _parameters = parameters;
        _location = location;
    }

    private FormulaToken Current => _tokens[_position];

    /// <summary>Parses <paramref name="formula"/>; <paramref name="parameters"/> give the values of <c>:name</c>.</summary>
    public static PlanExpr Parse(string formula, IReadOnlyDictionary<string, string> parameters, SourceLocation location)
    {
        var parser = new FormulaParser(formula, parameters, location);
        var expr = parser.ParseExpression();
        if (parser.Current.Kind != FormulaTokenKind.End)
        {
            throw parser.Error($"unexpected '{parser.Current.Text}'");
        }

        var (sums, references) = (PlanWalker.Aggregates(expr).Count, PlanWalker.References(expr).Count);
        if (sums == 0 && references == 0)
        {
            throw parser.Error("a formula needs at least one sum(...), or value(...) of another indicator");
        }

        if (sums > 0 && references > 0)
        {
            throw parser.Error("a formula either sums facts or combines other indicators' values, not both");
        }

        return expr;
    }

    private PlanExpr ParseExpression()
    {
        var left = ParseTerm();
        while (IsSymbol("+") || IsSymbol("-"))
        {
            var op = Next().Text == "+" ? ArithmeticOp.Add : ArithmeticOp.Subtract;
            left = new ArithmeticExpr(op, left, ParseTerm());
        }

        return left;
    }

    private PlanExpr ParseTerm()
    {
        var left = ParseFactor();
        while (IsSymbol("*") || IsSymbol("/"))
        {
            var op = Next().Text == "*" ? ArithmeticOp.Multiply : ArithmeticOp.Divide;
            left = new ArithmeticExpr(op, left, ParseFactor());
        }

        return left;
    }

    private PlanExpr ParseFactor()
    {
        var token = Next();
        switch (token.Kind)
        {
            case FormulaTokenKind.Number:
                return new NumberLiteral(ParseNumber(token.Text));
            case FormulaTokenKind.Parameter:
                return ParameterValue(token);
            case FormulaTokenKind.Text when _source is not null:
                return new TextLiteral(token.Text);
            case FormulaTokenKind.Symbol when token.Text == "(":
                var inner = ParseExpression();
                Expect(")");
                return inner;
            case FormulaTokenKind.Identifier when token.Text == "sum" && IsSymbol("("):
                return ParseAggregate();
            case FormulaTokenKind.Identifier when token.Text is "value" or "baseline" && IsSymbol("(") && _source is null:
                return ParseReference(atBaseline: token.Text == "baseline");
            case FormulaTokenKind.Identifier when token.Text == "years" && _source is null:
                return new YearsSinceBaseline();
            case FormulaTokenKind.Identifier when token.Text == "meaningful_ratio" && IsSymbol("(") && _source is null:
                return ParseMeaningfulRatio();
            case FormulaTokenKind.Identifier when token.Text is "ln" or "plogp" && IsSymbol("(") && _source is null:
                return ParseFunction(token.Text == "ln" ? ScalarFunction.Ln : ScalarFunction.PLogP);
            case FormulaTokenKind.Identifier when _source is not null:
                return Column(token);
            case FormulaTokenKind.Identifier:
                throw Error($"'{token.Text}' is not inside a sum(...): name columns as sum(source.column)");
            default:
                throw Error($"unexpected '{token.Text}' at character {token.Offset + 1}");
        }
    }

    private IndicatorRef ParseReference(bool atBaseline)
    {
        Expect("(");
        var id = Next();
        if (id.Kind != FormulaTokenKind.Identifier)
        {
            throw Error($"{(atBaseline ? "baseline" : "value")}(...) names an indicator id, found '{id.Text}'");
        }

        Expect(")");
        return new IndicatorRef(id.Text, atBaseline);
    }

    private MeaningfulRatioExpr ParseMeaningfulRatio()
    {
        Expect("(");
        var numerator = ParseExpression();
        Expect(",");
        var denominator = ParseExpression();
        Expect(",");
        var minimum = ParseExpression();
        Expect(")");
        return new MeaningfulRatioExpr(numerator, denominator, minimum);
    }

    private FunctionExpr ParseFunction(ScalarFunction function)
    {
        Expect("(");
        var argument = ParseExpression();
        Expect(")");
        return new FunctionExpr(function, argument);
    }

    private AggregateExpr ParseAggregate()
    {
        if (_source is not null)
        {
            throw Error("sum(...) cannot nest");
        }

        Expect("(");
        var sourceToken = Next();
        if (!FactSchemas.Sources.TryGetValue(sourceToken.Text, out var source))
        {
            throw Error($"unknown source '{sourceToken.Text}' (known: {string.Join(", ", FactSchemas.Sources.Keys)})");
        }

        Expect(".");
        _source = source;
        var value = ParseExpression();
        var textColumn = PlanWalker.Columns(value).FirstOrDefault(c => !source.HasNumber(c));
        if (textColumn is not null || value is TextLiteral)
        {
            throw Error($"sum(...) needs numbers, but '{textColumn ?? "text"}' of source '{source.Name}' is text: compare it in a where clause");
        }

        PlanExpr? filter = null;
        if (IsKeyword("where"))
        {
            Next();
            filter = ParseCondition();
        }

        Expect(")");
        _source = null;
        return new AggregateExpr(AggregateKind.Sum, source.Name, value, filter);
    }

    private PlanExpr ParseCondition()
    {
        var condition = ParseConjunction();
        while (IsKeyword("or"))
        {
            Next();
            condition = new OrExpr(condition, ParseConjunction());
        }

        return condition;
    }

    private PlanExpr ParseConjunction()
    {
        var condition = ParseComparison();
        while (IsKeyword("and"))
        {
            Next();
            condition = new AndExpr(condition, ParseComparison());
        }

        return condition;
    }

    private PlanExpr ParseComparison()
    {
        var left = ParseExpression();
        if (IsKeyword("in"))
        {
            Next();
            Expect("(");
            var options = new List<PlanExpr> { ParseFactor() };
            while (IsSymbol(","))
            {
                Next();
                options.Add(ParseFactor());
            }

            Expect(")");
            return new InExpr(left, options);
        }

        var op = Next().Text switch
        {
            "=" => ComparisonOp.Equal,
            "!=" or "<>" => ComparisonOp.NotEqual,
            "<" => ComparisonOp.Less,
            "<=" => ComparisonOp.LessOrEqual,
            ">" => ComparisonOp.Greater,
            ">=" => ComparisonOp.GreaterOrEqual,
            var other => throw Error($"expected a comparison, found '{other}'"),
        };
        return new ComparisonExpr(op, left, ParseExpression());
    }

    private bool IsKeyword(string keyword) => Current.Kind == FormulaTokenKind.Identifier && Current.Text == keyword;

    private ColumnRef Column(FormulaToken token)
    {
        var source = _source!;
        if (!source.HasNumber(token.Text) && !source.HasText(token.Text))
        {
            throw Error($"source '{source.Name}' has no column '{token.Text}'");
        }

        return new ColumnRef(token.Text);
    }

    private PlanExpr ParameterValue(FormulaToken token)
    {
        if (!_parameters.TryGetValue(token.Text, out var text))
        {
            throw Error($"formula names parameter ':{token.Text}' that the indicator does not define");
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            return new NumberLiteral(number);
        }

        return _source is not null
            ? new TextLiteral(text)
            : throw Error($"parameter ':{token.Text}' is text ('{text}') and can only be compared inside a sum(...)");
    }

    private double ParseNumber(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error($"'{text}' is not a number");

    private bool IsSymbol(string symbol) => Current.Kind == FormulaTokenKind.Symbol && Current.Text == symbol;

    private FormulaToken Next() => _tokens[_position < _tokens.Count - 1 ? _position++ : _position];

    private void Expect(string symbol)
    {
        if (!IsSymbol(symbol))
        {
            throw Error($"expected '{symbol}' at character {Current.Offset + 1}, found '{Current.Text}'");
        }

        Next();
    }

    private EvaluationException Error(string message) => new(ErrorCategory.Catalog, $"formula: {message}", _location);
}
