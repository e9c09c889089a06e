using NetTopologySuite.Geometries;

namespace MasterPlanEval.Generator.Layout;

/// <summary>
/// The city square in the working CRS (EPSG:4548, metres), centred near Beijing's Tiananmen so that
/// lon/lat come out as Beijing's. Every generated coordinate is rounded to the millimetre, so what is
/// checked (validity, shared vertices) is exactly what is written.
/// </summary>
internal sealed record CityFrame(double MinX, double MinY, double Side, int CellsPerSide)
{
    public const double CentreX = 450_000;
    public const double CentreY = 4_420_000;
    public const double CellSize = GeneratorScale.CellMetres;

    public static CityFrame For(GeneratorScale scale)
    {
        var cells = scale.CellsPerSide;
        var side = cells * CellSize;
        return new CityFrame(CentreX - (side / 2), CentreY - (side / 2), side, cells);
    }

    public double Half => Side / 2;

    public double MaxX => MinX + Side;

    public double MaxY => MinY + Side;

    public double MidX => MinX + Half;

    public double MidY => MinY + Half;

    public int CellCount => CellsPerSide * CellsPerSide;

    public double CellCentreX(int column) => MinX + ((column + 0.5) * CellSize);

    public double CellCentreY(int row) => MinY + ((row + 0.5) * CellSize);

    /// <summary>Rounds to the millimetre: the precision of every written coordinate.</summary>
    public static double Mm(double value) => Math.Round(value * 1000) / 1000;

    public static long MmKey(double value) => (long)Math.Round(value * 1000);

    public Polygon Square(GeometryFactory factory) => factory.CreatePolygon(
    [
        new Coordinate(MinX, MinY), new Coordinate(MaxX, MinY), new Coordinate(MaxX, MaxY), new Coordinate(MinX, MaxY), new Coordinate(MinX, MinY),
    ]);

    /// <summary>Distance from the centre over half the side: 0 at the centre, 1 at the middle of an edge.</summary>
    public double Radius(double x, double y) => Math.Sqrt(((x - MidX) * (x - MidX)) + ((y - MidY) * (y - MidY))) / Half;
}
