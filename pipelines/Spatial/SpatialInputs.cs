using MasterPlanEval.Core.Model;

namespace MasterPlanEval.Spatial;

/// <summary>What the spatial stage reads: validated inputs in the working CRS and the years to evaluate.</summary>
public sealed record SpatialInputs(
    IReadOnlyList<PlanningUnit> Units,
    IReadOnlyList<GridCell> Cells,
    IReadOnlyList<CensusRow> Census,
    IReadOnlyList<Parcel> Parcels,
    IReadOnlyList<Facility> Facilities,
    IReadOnlyList<ControlLine> ControlLines,
    IReadOnlyList<RailLine> RailLines,
    IReadOnlyList<int> Years,
    IReadOnlyList<CoverageRequirement> Coverage);
