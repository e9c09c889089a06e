using MasterPlanEval.Core.Model;

namespace MasterPlanEval.Core.Config;

/// <summary>A zone named in evaluation.yaml: a group of whole districts evaluated as one unit (e.g. 中心城区).</summary>
public sealed record ZoneSpec(string Id, LocalizedName Name, IReadOnlyList<string> DistrictIds);
