namespace MasterPlanEval.Core.Errors;

/// <summary>What kind of problem stopped a run; the CLI maps each to one exit code.</summary>
public enum ErrorCategory
{
    /// <summary>Command line options are wrong.</summary>
    Usage = 2,

    /// <summary>The evaluation config is missing, unreadable or inconsistent.</summary>
    Config = 3,

    /// <summary>An input file is missing, of an unknown format, lacks a column or names an unknown CRS.</summary>
    Input = 4,

    /// <summary>The indicator catalog is invalid, or an unknown indicator was asked for.</summary>
    Catalog = 5,

    /// <summary>A plan target is invalid.</summary>
    Target = 6,

    /// <summary>The engine failed or cannot run a plan.</summary>
    Engine = 7,

    /// <summary>The outputs could not be written.</summary>
    Output = 8,
}
