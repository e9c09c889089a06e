using MasterPlanEval.Core.Errors;

namespace MasterPlanEval.Indicators.Formulas;

/// <summary>Splits a formula into tokens: numbers, identifiers, <c>:parameters</c>, 'texts' and symbols.</summary>
internal static class FormulaTokenizer
{
    private static readonly string[] Symbols = ["<=", ">=", "!=", "<>", "+", "-", "*", "/", "(", ")", ".", ",", "=", "<", ">"];

    public static IReadOnlyList<FormulaToken> Tokenize(string formula, SourceLocation location)
    {
        var tokens = new List<FormulaToken>();
        var i = 0;
        while (i < formula.Length)
        {
            var c = formula[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsAsciiDigit(c))
            {
                var start = i;
                while (i < formula.Length && (char.IsAsciiDigit(formula[i]) || formula[i] == '.'))
                {
                    i++;
                }

                tokens.Add(new FormulaToken(FormulaTokenKind.Number, formula[start..i], start));
            }
            else if (char.IsAsciiLetterLower(c) || c == '_' || c == ':')
            {
                var start = i;
                i++;
                while (i < formula.Length && (char.IsAsciiLetterLower(formula[i]) || char.IsAsciiDigit(formula[i]) || formula[i] == '_'))
                {
                    i++;
                }

                var kind = c == ':' ? FormulaTokenKind.Parameter : FormulaTokenKind.Identifier;
                tokens.Add(new FormulaToken(kind, c == ':' ? formula[(start + 1)..i] : formula[start..i], start));
            }
            else if (c == '\'')
            {
                var end = formula.IndexOf('\'', i + 1);
                if (end < 0)
                {
                    throw Error(location, $"unterminated text at character {i + 1}");
                }

                tokens.Add(new FormulaToken(FormulaTokenKind.Text, formula[(i + 1)..end], i));
                i = end + 1;
            }
            else
            {
                var symbol = Symbols.FirstOrDefault(s => string.CompareOrdinal(formula, i, s, 0, s.Length) == 0)
                    ?? throw Error(location, $"unexpected character '{c}' at character {i + 1}");
                tokens.Add(new FormulaToken(FormulaTokenKind.Symbol, symbol, i));
                i += symbol.Length;
            }
        }

        tokens.Add(new FormulaToken(FormulaTokenKind.End, string.Empty, formula.Length));
        return tokens;
    }

    private static EvaluationException Error(SourceLocation location, string message) =>
        new(ErrorCategory.Catalog, $"formula: {message}", location);
}
