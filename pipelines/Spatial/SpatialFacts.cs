using MasterPlanEval.Core.Facts;
using MasterPlanEval.Core.Model;

namespace MasterPlanEval.Spatial;

/// <summary>
/// The plain tables the spatial stage hands to an engine, plus the grid cells it could not place
/// (centroid in no sub-district), the parcels of evaluated years that overlap no sub-district, and notes for the manifest.
/// </summary>
public sealed record SpatialFacts(
    IReadOnlyList<FactTable> Tables,
    IReadOnlyList<GridCell> CellsOutside,
    IReadOnlyList<Parcel> ParcelsOutside,
    IReadOnlyList<string> Notes);
