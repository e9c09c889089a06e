using MasterPlanEval.SampleBuilder.City;
using MasterPlanEval.SampleBuilder.Geo;
using NetTopologySuite.Geometries;

namespace MasterPlanEval.SampleBuilder.Population;

/// <summary>
/// Lays the 250 m grid over the city: origin at a multiple of 250 m south-west of the city, ids
/// <c>g_&lt;col&gt;_&lt;row&gt;</c> counted from that origin (row 0 = southernmost). Keeps every cell whose
/// centre lies in a sub-district, plus three cells just outside the city (centre outside, square overlapping).
/// </summary>
public static class GridLayoutBuilder
{
    public const double CellSize = 250;

    /// <summary>Where the three outside cells are looked for: west, north and south-east of the city.</summary>
    private static readonly IReadOnlyList<(double Lon, double Lat)> OutsideNear = [(116.3250, 39.9050), (116.4200, 39.9700), (116.4420, 39.8720)];

    public static IReadOnlyList<GridCell> Build(SampleCity city, UnitLocator locator, DensitySurface density, Gk117Projection projection, SeededRandom random)
    {
        var box = city.Outline.EnvelopeInternal;
        var x0 = (Math.Floor(box.MinX / CellSize) - 1) * CellSize;
        var y0 = (Math.Floor(box.MinY / CellSize) - 1) * CellSize;
        var cols = (int)Math.Ceiling((box.MaxX - x0) / CellSize) + 1;
        var rows = (int)Math.Ceiling((box.MaxY - y0) / CellSize) + 1;
        var inside = new List<GridCell>();
        var nearOutside = new List<GridCell>();
        for (var row = 0; row < rows; row++)
        {
            for (var col = 0; col < cols; col++)
            {
                var centre = new Coordinate(x0 + ((col + 0.5) * CellSize), y0 + ((row + 0.5) * CellSize));
                var unit = locator.Locate(centre);
                var residentNoise = Math.Exp((0.35 * random.Normal()) - 0.06);
                var workerNoise = Math.Exp((0.30 * random.Normal()) - 0.045);
                var cell = new GridCell($"g_{col}_{row}", col, row, centre, unit?.Code, density.Residents(centre) * residentNoise, density.Workers(centre) * workerNoise);
                if (unit is not null)
                {
                    inside.Add(cell);
                }
                else if (city.Outline.Distance(projection.Factory.CreatePoint(centre)) < CellSize / 2)
                {
                    nearOutside.Add(cell);
                }
            }
        }

        var outside = OutsideNear
            .Select(p => projection.ToMetres(p.Lon, p.Lat))
            .Select(p => nearOutside.Where(c => c.ResidentWeight > 0).MinBy(c => c.Centre.Distance(p))!)
            .Distinct()
            .ToList();
        return [.. inside, .. outside];
    }

    public static Coordinate Origin(IReadOnlyList<GridCell> cells)
    {
        var first = cells[0];
        return new Coordinate(first.Centre.X - ((first.Col + 0.5) * CellSize), first.Centre.Y - ((first.Row + 0.5) * CellSize));
    }
}
