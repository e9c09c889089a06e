namespace MasterPlanEval.Core.Plans;

/// <summary>
/// Rendered SQL for a batch of plans: <see cref="Aggregations"/> to materialise first (in order), then one
/// query per plan reading them. Result columns of a query are those of <see cref="SqlRenderer.Render"/>.
/// </summary>
public sealed record SqlBatch(IReadOnlyList<SqlAggregation> Aggregations, IReadOnlyList<SqlQuery> Queries);
