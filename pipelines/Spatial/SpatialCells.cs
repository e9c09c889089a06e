using MasterPlanEval.Core.Facts;
using MasterPlanEval.Core.Model;

namespace MasterPlanEval.Spatial;

/// <summary>
/// What the first part of the spatial stage yields (<see cref="SpatialStage.Cells"/>): the cells and cell_units
/// tables, the cells placed in no sub-district, and the numbering, raster and locator the second part reuses.
/// </summary>
public sealed record SpatialCells(
    FactTable Cells,
    FactTable CellUnits,
    IReadOnlyList<GridCell> Outside,
    SubdistrictNumbers Numbers,
    SubdistrictRaster Raster,
    SubdistrictLocator Locator);
