namespace MasterPlanEval.Core.Plans;

/// <summary>The query of one plan.</summary>
public sealed record SqlQuery(IndicatorPlan Plan, string Sql);
