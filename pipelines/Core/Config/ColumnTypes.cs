namespace MasterPlanEval.Core.Config;

/// <summary>
/// The kinds of values a file may store a contract column as. A file with a schema (Parquet) says which kind each
/// column holds, so a column of a kind its contract column does not take (a boolean <c>minutes</c>, a floating-point
/// <c>cell_id</c>) stops the run when the file is opened; text is parsed row by row, as every CSV value is.
/// </summary>
[Flags]
public enum ColumnTypes
{
    None = 0,

    /// <summary>Strings.</summary>
    Text = 1,

    /// <summary>Whole numbers: Parquet int8 to int64, signed or not.</summary>
    Integer = 2,

    /// <summary>Floating-point and decimal numbers: Parquet float, double, decimal.</summary>
    Float = 4,

    /// <summary>An id or code: text, or whole numbers read as their digits (a floating-point id would print as 1.5 or 1E+20).</summary>
    Identifier = Text | Integer,

    /// <summary>A count, measure or year: any number, or text holding one.</summary>
    Number = Integer | Float | Text,
}
