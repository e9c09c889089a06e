using MasterPlanEval.Core.Facts;
using MasterPlanEval.Core.Model;

namespace MasterPlanEval.Spatial;

/// <summary>
/// The plain tables the spatial stage hands to an engine, the sub-district numbers they are keyed by, plus the grid
/// cells it could not place (centroid in no sub-district), the parcels of evaluated years that overlap no
/// sub-district, and notes for the manifest.
/// </summary>
public sealed record SpatialFacts(
    IReadOnlyList<FactTable> Tables,
    SubdistrictNumbers Numbers,
    IReadOnlyList<GridCell> CellsOutside,
    IReadOnlyList<Parcel> ParcelsOutside,
    IReadOnlyList<string> Notes);
