namespace MasterPlanEval.Core.Errors;

/// <summary>
/// The one exception a user can cause. Its message is a single line saying what is wrong; the location
/// says where. Bad rows are not exceptions: they become rejects.
/// </summary>
public sealed class EvaluationException : Exception
{
    public EvaluationException(ErrorCategory category, string message, SourceLocation? location = null)
        : base(message)
    {
        Category = category;
        Location = location;
    }

    public EvaluationException()
    {
    }

    public EvaluationException(string message)
        : base(message)
    {
    }

    public EvaluationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ErrorCategory Category { get; } = ErrorCategory.Config;

    public SourceLocation? Location { get; }

    /// <summary>The line the CLI prints: location first, then what is wrong.</summary>
    public string OneLine => Location is null ? Message : $"{Location}: {Message}";
}
