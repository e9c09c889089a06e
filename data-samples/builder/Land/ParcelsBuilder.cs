using MasterPlanEval.SampleBuilder.City;
using MasterPlanEval.SampleBuilder.Geo;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Precision;

namespace MasterPlanEval.SampleBuilder.Land;

/// <summary>
/// Cuts the city into street blocks (columns 350–650 m, rows 300–550 m, a third of them split in two),
/// clipped to the city; 3 % are left out as unsurveyed. A block's class follows the landmark at its centre
/// (lake, park, palace, square, station, office or shopping district) or else an ordinary urban mix. A few
/// parcels are then given stories: class changes between years, the crossing, outside and bow-tie parcels.
/// </summary>
public static class ParcelsBuilder
{
    private const double MinAreaSquareMetres = 4000;

    public static LandUse Build(SampleCity city, Landmarks landmarks, Gk117Projection projection, SeededRandom random)
    {
        var drafts = Blocks(city, projection, random);
        var codes = drafts.Select(d => Classify(d.Clipped.InteriorPoint.Coordinate, landmarks, random)).ToList();
        var ids = drafts.Select((_, i) => $"LU{i + 1:0000}").ToList();
        var byYear = codes.Select(c => SampleYears.All.ToDictionary(y => y, _ => c)).ToList();
        var used = new HashSet<int>();
        int OrdinaryNear(double lon, double lat) => Nearest(drafts, projection.ToMetres(lon, lat), used, i => landmarks.At(drafts[i].Clipped.InteriorPoint.Coordinate) is null && drafts[i].Clipped is Polygon);
        var stories = new List<(int Index, string Story, string[] Codes)>
        {
            (OrdinaryNear(116.4300, 39.8690), "former factory (工业用地) turned into a park (公园绿地) by 2024; a new park opens there in 2024", ["1001", "1001", "1401"]),
            (OrdinaryNear(116.3590, 39.8740), "printing works (工业用地) redeveloped as offices (商务金融用地) by 2023", ["1001", "0902", "0902"]),
            (OrdinaryNear(116.3330, 39.8900), "warehouse (物流仓储用地) rebuilt as housing (城镇住宅用地) by 2024", ["1101", "1101", "0701"]),
            (OrdinaryNear(116.4250, 39.9600), "housing cleared for a green buffer (防护绿地) by 2023", ["0701", "1402", "1402"]),
            (OrdinaryNear(116.4100, 39.9400), "housing converted to a community hospital (医疗卫生用地) by 2024", ["0701", "0701", "0806"]),
            (OrdinaryNear(116.3950, 39.8600), "allotment gardens kept as dry farmland (旱地) every year", ["0103", "0103", "0103"]),
            (Nearest(drafts, projection.ToMetres(116.4100, 39.8790), used, i => landmarks.At(drafts[i].Clipped.InteriorPoint.Coordinate)?.Key == "temple_of_heaven"),
                "cypress grove of the Temple of Heaven, surveyed as woodland (乔木林地) every year", ["0301", "0301", "0301"]),
        };
        foreach (var (index, _, storyCodes) in stories)
        {
            byYear[index] = SampleYears.All.Select((y, k) => (y, storyCodes[k])).ToDictionary(p => p.y, p => p.Item2);
        }

        var outside = Nearest(drafts, projection.ToMetres(116.3255, 39.8977), used, i =>
            drafts[i].Clipped is Polygon && drafts[i].Full.NumPoints == 5 && drafts[i].Clipped.Area / drafts[i].Full.Area is > 0.4 and < 0.7);
        var bowTie = Nearest(drafts, projection.ToMetres(116.3700, 39.9450), used, i =>
            drafts[i].Clipped.NumPoints == 5 && codes[i] == "0701" && city.Subdistricts.Any(s => s.Shape.Contains(drafts[i].Clipped)));
        var crossing = Enumerable.Range(0, drafts.Count).Where(i => !used.Contains(i)).MaxBy(i => BorderShare(drafts[i].Clipped, city));
        var parcels = drafts.Select((d, i) => new Parcel(ids[i], i == outside ? d.Full : d.Clipped, byYear[i])).ToList();
        var changes = stories.Select(s => new ClassChange(ids[s.Index], s.Story, byYear[s.Index])).ToList();
        return new LandUse(parcels, changes, ids[bowTie], 2023, ids[crossing], ids[outside], drafts[stories[0].Index].Clipped.InteriorPoint.Coordinate);
    }

    /// <summary>The smaller of the parcel's shares in Dongcheng and Xicheng (0 when it lies in one district).</summary>
    public static double BorderShare(Geometry parcel, SampleCity city) =>
        city.Districts.Min(d => parcel.Intersection(d.Shape).Area) / parcel.Area;

    private static List<(Polygon Full, Geometry Clipped)> Blocks(SampleCity city, Gk117Projection projection, SeededRandom random)
    {
        var precision = new PrecisionModel(100);
        var box = city.Outline.EnvelopeInternal;
        var xs = Cuts(box.MinX - 50, box.MaxX, 350, 650, random);
        var ys = Cuts(box.MinY - 50, box.MaxY, 300, 550, random);
        var outline = PreparedGeometryFactory.Prepare(city.Outline);
        var drafts = new List<(Polygon, Geometry)>();
        for (var j = 0; j + 1 < ys.Count; j++)
        {
            for (var i = 0; i + 1 < xs.Count; i++)
            {
                var block = Rectangle(projection.Factory, xs[i], ys[j], xs[i + 1], ys[j + 1]);
                if (!outline.Intersects(block))
                {
                    continue;
                }

                foreach (var piece in Split(block, random))
                {
                    var full = (Polygon)GeometryPrecisionReducer.Reduce(piece, precision);
                    var clipped = GeometryPrecisionReducer.Reduce(full.Intersection(city.Outline), precision);
                    foreach (var part in Parts(clipped).Where(p => p.Area >= MinAreaSquareMetres))
                    {
                        if (!random.Chance(0.03))
                        {
                            drafts.Add((full, part));
                        }
                    }
                }
            }
        }

        return drafts;
    }

    private static List<double> Cuts(double from, double to, double min, double max, SeededRandom random)
    {
        var cuts = new List<double> { Math.Round(from) };
        while (cuts[^1] < to)
        {
            cuts.Add(Math.Round(cuts[^1] + random.Uniform(min, max)));
        }

        return cuts;
    }

    private static IEnumerable<Polygon> Split(Polygon block, SeededRandom random)
    {
        if (!random.Chance(1.0 / 3))
        {
            return [block];
        }

        var box = block.EnvelopeInternal;
        var at = random.Uniform(0.35, 0.65);
        var factory = block.Factory;
        if (box.Width > box.Height)
        {
            var x = Math.Round(box.MinX + (at * box.Width));
            return [Rectangle(factory, box.MinX, box.MinY, x, box.MaxY), Rectangle(factory, x, box.MinY, box.MaxX, box.MaxY)];
        }

        var y = Math.Round(box.MinY + (at * box.Height));
        return [Rectangle(factory, box.MinX, box.MinY, box.MaxX, y), Rectangle(factory, box.MinX, y, box.MaxX, box.MaxY)];
    }

    private static string Classify(Coordinate centre, Landmarks landmarks, SeededRandom random) =>
        landmarks.At(centre)?.Kind switch
        {
            LandmarkKind.Water => "1702",
            LandmarkKind.Park => "1401",
            LandmarkKind.Palace => "0803",
            LandmarkKind.Square => "1403",
            LandmarkKind.RailTerminal => "1201",
            LandmarkKind.Finance => random.Chance(0.7) ? "0902" : Ordinary(random),
            LandmarkKind.Retail => random.Chance(0.7) ? "0901" : Ordinary(random),
            LandmarkKind.Government => random.Chance(0.6) ? "0801" : Ordinary(random),
            _ => Ordinary(random),
        };

    private static string Ordinary(SeededRandom random) =>
        LandClasses.OrdinaryMix[random.Pick(LandClasses.OrdinaryMix.Select(m => m.Weight).ToList())].Code;

    private static int Nearest(List<(Polygon Full, Geometry Clipped)> drafts, Coordinate to, HashSet<int> used, Func<int, bool> eligible)
    {
        var index = Enumerable.Range(0, drafts.Count)
            .Where(i => !used.Contains(i) && eligible(i))
            .MinBy(i => drafts[i].Clipped.InteriorPoint.Coordinate.Distance(to));
        used.Add(index);
        return index;
    }

    private static IEnumerable<Geometry> Parts(Geometry geometry) =>
        Enumerable.Range(0, geometry.NumGeometries).Select(geometry.GetGeometryN).Where(g => g is Polygon && !g.IsEmpty);

    private static Polygon Rectangle(GeometryFactory factory, double x0, double y0, double x1, double y1) =>
        factory.CreatePolygon([new(x0, y0), new(x1, y0), new(x1, y1), new(x0, y1), new(x0, y0)]);
}
