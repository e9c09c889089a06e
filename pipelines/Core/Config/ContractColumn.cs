namespace MasterPlanEval.Core.Config;

/// <summary>An attribute column of an input dataset as the data contract defines it: its name, the kinds it may be stored as, and whether a file must have it.</summary>
public sealed record ContractColumn(string Name, ColumnTypes Accepts, bool Required)
{
    /// <summary>"text", "text or whole numbers", "numbers (whole or floating-point) or text holding them": what an error about the column's type says it takes.</summary>
    public string DescribeAccepted() => Accepts switch
    {
        ColumnTypes.Text => "text",
        ColumnTypes.Identifier => "text or whole numbers",
        _ => "whole or floating-point numbers, or text holding them",
    };
}
