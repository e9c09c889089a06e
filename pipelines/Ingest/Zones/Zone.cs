using MasterPlanEval.Core.Model;

namespace MasterPlanEval.Ingest.Zones;

/// <summary>A configured zone as a planning unit (level zone, parent the city, no geometry of its own) and its sub-districts.</summary>
public sealed record Zone(PlanningUnit Unit, IReadOnlyList<string> SubdistrictIds);
