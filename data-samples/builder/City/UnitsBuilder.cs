using MasterPlanEval.SampleBuilder.Geo;
using MasterPlanEval.SampleBuilder.Real;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Overlay.Snap;
using NetTopologySuite.Precision;
using NetTopologySuite.Triangulate;

namespace MasterPlanEval.SampleBuilder.City;

/// <summary>
/// Draws the planning units: each district outline is cut into its real sub-districts by a Voronoi partition
/// of the seeds, clipped to the outline. Coordinates are kept to 1 cm and shared edges are snapped together,
/// so neighbouring sub-districts have identical vertices and no slivers survive the CRS round trips.
/// </summary>
public static class UnitsBuilder
{
    private const double SnapToleranceMetres = 0.05;

    public static SampleCity Build(RealData real, Gk117Projection projection)
    {
        var precision = new PrecisionModel(100);
        var pieces = new List<SubdistrictUnit>();
        foreach (var district in real.Districts)
        {
            var ring = district.Adcode == RealDataReader.Dongcheng ? DistrictOutlines.Dongcheng : DistrictOutlines.Xicheng;
            var outline = GeometryPrecisionReducer.Reduce(projection.PolygonFromLonLat(ring), precision);
            var members = real.Subdistricts.Where(s => s.DistrictCode == district.Adcode).ToList();
            pieces.AddRange(Partition(outline, members, projection, precision));
        }

        var snapped = Snap(pieces);
        var districts = real.Districts
            .Select(d => new DistrictUnit(d.Adcode, d.NameZh, $"{d.NameEn} District", d.Residents2020, Union(snapped.Where(s => s.DistrictCode == d.Adcode))))
            .ToList();
        var city = new SampleCity("core", "北京核心区（样例）", "Beijing core (sample)", districts, snapped, Union(snapped));
        Check(city);
        return city;
    }

    private static IEnumerable<SubdistrictUnit> Partition(Geometry outline, IReadOnlyList<SubdistrictCode> members, Gk117Projection projection, PrecisionModel precision)
    {
        var seeds = members.ToDictionary(
            m => m.Code,
            m => SubdistrictSeeds.ByName.TryGetValue(m.NameZh, out var seed)
                ? seed
                : throw new InvalidDataException($"no seed and pinyin for sub-district {m.Code} {m.NameZh}"));
        var sites = seeds.ToDictionary(s => s.Key, s => projection.ToMetres(s.Value.Lon, s.Value.Lat));
        foreach (var (code, site) in sites)
        {
            if (!outline.Contains(projection.Factory.CreatePoint(site)))
            {
                throw new InvalidDataException($"seed of {code} {seeds[code].NameZh} lies outside its district outline");
            }
        }

        var envelope = new Envelope(outline.EnvelopeInternal);
        envelope.ExpandBy(2000);
        var builder = new VoronoiDiagramBuilder { ClipEnvelope = envelope };
        builder.SetSites(sites.Values.ToList());
        var diagram = builder.GetDiagram(projection.Factory);
        for (var i = 0; i < diagram.NumGeometries; i++)
        {
            var cell = diagram.GetGeometryN(i);
            var site = (Coordinate)cell.UserData;
            var code = sites.Single(s => s.Value.Equals2D(site)).Key;
            var member = members.Single(m => m.Code == code);
            var shape = GeometryPrecisionReducer.Reduce(cell.Intersection(outline), precision);
            yield return new SubdistrictUnit(code, member.DistrictCode, member.NameZh, seeds[code].NameEn, shape);
        }
    }

    private static List<SubdistrictUnit> Snap(IReadOnlyList<SubdistrictUnit> pieces)
    {
        var result = new List<SubdistrictUnit>();
        foreach (var piece in pieces.OrderBy(p => p.Code, StringComparer.Ordinal))
        {
            var others = pieces.Where(p => p.Code != piece.Code).SelectMany(p => p.Shape.Coordinates).Distinct().ToArray();
            var target = piece.Shape.Factory.CreateMultiPointFromCoords(others);
            var shape = new GeometrySnapper(piece.Shape).SnapTo(target, SnapToleranceMetres);
            result.Add(piece with { Shape = shape });
        }

        return result;
    }

    private static Geometry Union(IEnumerable<SubdistrictUnit> units) =>
        units.Select(u => u.Shape).Aggregate((a, b) => a.Union(b));

    private static void Check(SampleCity city)
    {
        foreach (var unit in city.Subdistricts)
        {
            if (!unit.Shape.IsValid || unit.Shape is not Polygon)
            {
                throw new InvalidDataException($"sub-district {unit.Code} is {(unit.Shape.IsValid ? "valid" : "invalid")} {unit.Shape.GeometryType}: move its seed");
            }
        }

        var sum = city.Subdistricts.Sum(s => s.Shape.Area);
        if (Math.Abs(sum - city.Outline.Area) > 1 || city.Outline is not Polygon { NumInteriorRings: 0 })
        {
            throw new InvalidDataException($"sub-districts do not tile the city: sum {sum:F1} m², union {city.Outline.Area:F1} m² ({city.Outline.GeometryType})");
        }
    }
}
