namespace MasterPlanEval.Generator.Facilities;

/// <summary>The facilities, and the rail lines (polylines in world metres) the rail stations were placed along.</summary>
internal sealed record PlacedFacilities(IReadOnlyList<FacilityRow> Rows, IReadOnlyList<(double X, double Y)[]> RailLines);
