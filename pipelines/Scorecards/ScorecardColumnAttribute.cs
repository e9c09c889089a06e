namespace MasterPlanEval.Scorecards;

/// <summary>Documents a scorecard column; the schema document is generated from these.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ScorecardColumnAttribute(string description) : Attribute
{
    public string Description { get; } = description;
}
