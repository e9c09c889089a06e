using MasterPlanEval.SampleBuilder.City;
using MasterPlanEval.SampleBuilder.Geo;
using MasterPlanEval.SampleBuilder.Real;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace MasterPlanEval.SampleBuilder.Facilities;

/// <summary>
/// Facilities: the real metro stations within 1.5 km of the city (OSM coordinates), the well-known parks at
/// their landmark boxes plus two just outside (日坛, 玉渊潭), and synthetic points of every other type on
/// jittered lattices (never in a lake, a park, the Palace or the square), a few opening in 2023 or 2024.
/// Some synthetic points fall up to 600 m outside the city: facilities outside are kept by the pipeline
/// and serve cells near the edge.
/// </summary>
public static class FacilitiesBuilder
{
    public const double RailSearchMetres = 1500;
    private const double OutsideMarginMetres = 600;

    public static IReadOnlyList<FacilityPoint> Build(
        SampleCity city, Landmarks landmarks, IReadOnlyList<SubwayStation> stations, Coordinate newParkSite, Gk117Projection projection, SeededRandom random)
    {
        var facilities = new List<FacilityPoint>();
        var outline = PreparedGeometryFactory.Prepare(city.Outline);
        foreach (var kind in SyntheticKind.All)
        {
            var points = new List<(Coordinate At, string Name, int? Year)>();
            if (kind.Type == "park")
            {
                points.AddRange(landmarks.All.Where(l => l.Kind == LandmarkKind.Park).Select(l => (l.Area.Centroid.Coordinate, l.NameZh, (int?)null)));
                points.Add((projection.ToMetres(116.4430, 39.9150), "日坛公园", null));
                points.Add((projection.ToMetres(116.3180, 39.9160), "玉渊潭公园", null));
                points.Add((newParkSite, "工业遗址公园（2024年开放）", 2024));
            }

            var scattered = Scatter(kind, city, outline, landmarks, projection, random);
            var openings = Openings(kind, scattered, outline, projection, random);
            points.AddRange(scattered.Select((p, i) => (p, $"{kind.NameZh} {i + 1:000}", openings.TryGetValue(i, out var y) ? y : (int?)null)));
            facilities.AddRange(points.Select((p, i) => Point(projection, $"{kind.IdPrefix}_{i + 1:000}", kind.Type, p.At, p.Year, p.Year is null ? p.Name : Opened(p.Name, p.Year.Value))));
        }

        facilities.AddRange(Rail(city, stations, projection));
        return facilities;
    }

    private static List<Coordinate> Scatter(SyntheticKind kind, SampleCity city, IPreparedGeometry outline, Landmarks landmarks, Gk117Projection projection, SeededRandom random)
    {
        var box = city.Outline.EnvelopeInternal;
        var s = kind.SpacingMetres;
        var (ox, oy) = (random.Uniform(0, s), random.Uniform(0, s));
        var points = new List<Coordinate>();
        for (var y = box.MinY - OutsideMarginMetres + oy; y < box.MaxY + OutsideMarginMetres; y += s)
        {
            for (var x = box.MinX - OutsideMarginMetres + ox; x < box.MaxX + OutsideMarginMetres; x += s)
            {
                var p = new Coordinate(Math.Round(x + random.Uniform(-0.4, 0.4) * s, 1), Math.Round(y + random.Uniform(-0.4, 0.4) * s, 1));
                var point = projection.Factory.CreatePoint(p);
                var keep = outline.Contains(point)
                    ? landmarks.At(p)?.Kind is not (LandmarkKind.Water or LandmarkKind.Park or LandmarkKind.Palace or LandmarkKind.Square)
                    : city.Outline.Distance(point) <= OutsideMarginMetres && random.Chance(0.25);
                if (keep && !random.Chance(kind.SkipShare))
                {
                    points.Add(p);
                }
            }
        }

        return points;
    }

    private static Dictionary<int, int> Openings(SyntheticKind kind, List<Coordinate> points, IPreparedGeometry outline, Gk117Projection projection, SeededRandom random)
    {
        var inside = Enumerable.Range(0, points.Count).Where(i => outline.Contains(projection.Factory.CreatePoint(points[i]))).ToList();
        var openings = new Dictionary<int, int>();
        foreach (var year in new[] { 2023, 2024 })
        {
            var count = year == 2023 ? kind.Opening2023 : kind.Opening2024;
            while (count > 0)
            {
                var index = inside[random.Next(inside.Count)];
                if (openings.TryAdd(index, year))
                {
                    count--;
                }
            }
        }

        return openings;
    }

    private static IEnumerable<FacilityPoint> Rail(SampleCity city, IReadOnlyList<SubwayStation> stations, Gk117Projection projection) =>
        stations
            .Select(s => (Station: s, At: projection.ToMetres(s.Lon, s.Lat)))
            .Where(s => city.Outline.Distance(projection.Factory.CreatePoint(s.At)) <= RailSearchMetres)
            .Select(s => new FacilityPoint(
                $"rail_{s.Station.OsmNodeId ?? s.Station.StationId}",
                "rail_station",
                s.Station.Lon,
                s.Station.Lat,
                s.At,
                s.Station.FirstLineOpened > SampleYears.Baseline ? s.Station.FirstLineOpened : null,
                s.Station.NameZh,
                Real: true))
            .OrderBy(f => f.Id, StringComparer.Ordinal);

    private static FacilityPoint Point(Gk117Projection projection, string id, string type, Coordinate at, int? year, string name)
    {
        var (lon, lat) = projection.ToLonLat(at.X, at.Y);
        return new FacilityPoint(id, type, lon, lat, at, year, name, Real: false);
    }

    private static string Opened(string name, int year) => name.Contains("开放", StringComparison.Ordinal) ? name : $"{name}（{year}年开放）";
}
