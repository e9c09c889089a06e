using MasterPlanEval.Core.Model;

namespace MasterPlanEval.Core.Config;

/// <summary>A weighted composite index named in evaluation.yaml: positive weights per indicator id, set by the analyst.</summary>
public sealed record CompositeSpec(string Id, LocalizedName Name, IReadOnlyDictionary<string, double> Weights);
