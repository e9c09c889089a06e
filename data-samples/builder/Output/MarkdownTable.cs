using System.Text;

namespace MasterPlanEval.SampleBuilder.Output;

/// <summary>Collects the body rows of a Markdown table (the header lives in the README template).</summary>
public sealed class MarkdownTable
{
    private readonly StringBuilder _rows = new();

    public void Add(params object?[] cells) =>
        _rows.Append("| ").AppendJoin(" | ", cells.Select(c => c?.ToString()?.Replace("|", "\\|", StringComparison.Ordinal) ?? string.Empty)).Append(" |\n");

    public override string ToString() => _rows.ToString().TrimEnd('\n');
}
