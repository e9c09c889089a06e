using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;

namespace MasterPlanEval.SampleBuilder.City;

/// <summary>Finds the sub-district containing a point (metres); null outside the city.</summary>
public sealed class UnitLocator
{
    private readonly IReadOnlyList<(SubdistrictUnit Unit, IndexedPointInAreaLocator Locator, Envelope Box)> _units;

    public UnitLocator(SampleCity city)
    {
        _units = city.Subdistricts.Select(s => (s, new IndexedPointInAreaLocator(s.Shape), s.Shape.EnvelopeInternal)).ToList();
    }

    public SubdistrictUnit? Locate(Coordinate point) =>
        _units.FirstOrDefault(u => u.Box.Contains(point) && u.Locator.Locate(point) == Location.Interior).Unit;
}
