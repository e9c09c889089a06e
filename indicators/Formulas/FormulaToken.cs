namespace MasterPlanEval.Indicators.Formulas;

/// <summary>A lexical token of a formula, with its character offset for error messages.</summary>
internal sealed record FormulaToken(FormulaTokenKind Kind, string Text, int Offset);

/// <summary>Kinds of formula token.</summary>
internal enum FormulaTokenKind
{
    Number,
    Identifier,
    Parameter,
    Text,
    Symbol,
    End,
}
