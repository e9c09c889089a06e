using System.Reflection;

namespace MasterPlanEval.Scorecards;

/// <summary>A scorecard column together with the <see cref="ScorecardRow"/> property and codec behind it.</summary>
internal sealed record ScorecardField(ScorecardColumnInfo Column, PropertyInfo Property, ColumnCodec Codec);
