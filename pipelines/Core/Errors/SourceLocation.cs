namespace MasterPlanEval.Core.Errors;

/// <summary>Where in a user's file a problem sits: "line N" (CSV, physical line), "row N" (Parquet, 1-based) or "feature N" (0-based).</summary>
public sealed record SourceLocation(string File, string? Row = null, string? Field = null)
{
    public override string ToString()
    {
        var parts = new List<string> { File };
        if (Row is not null)
        {
            parts.Add(Row);
        }

        if (Field is not null)
        {
            parts.Add($"field '{Field}'");
        }

        return string.Join(", ", parts);
    }
}
