using System.Collections.Immutable;
using MasterPlanEval.Generator.City;
using MasterPlanEval.Generator.Layout;
using MasterPlanEval.Generator.Randomness;
using MasterPlanEval.Indicators.LandClasses;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace MasterPlanEval.Generator.Land;

/// <summary>
/// Land-use parcels tiling the square: a grid of about √parcels × √parcels quadrilaterals whose corners
/// are jittered by up to a quarter of the spacing and mildly warped toward the centre (urban blocks of
/// ~150 m in the core, fields of ~330 m at the edge at the beijing scale). Parcels are not aligned with
/// the 250 m cells and cross sub-district boundaries. Each parcel keeps its geometry in every survey
/// year; its class may change once (redevelopment at the urban fringe).
/// </summary>
internal sealed record ParcelLayer(IReadOnlyList<string> Ids, IReadOnlyList<byte[]> Wkb, IReadOnlyList<double> Areas, IReadOnlyList<string[]> ClassesByYear)
{
    /// <summary>Chance a fringe parcel (urbanity ½) is redeveloped in a year; 0 in the hills and on water.</summary>
    private const double FringeChangePerYear = 0.03;

    public int Count => Ids.Count;

    public static ParcelLayer Build(CityFrame frame, UrbanForm form, GeneratorScale scale, IReadOnlyList<int> years, LandClassMapping mapping, int seed, GeometryFactory factory)
    {
        CheckCodes(mapping);
        var per = Math.Max(1, (int)Math.Round(Math.Sqrt(scale.Parcels)));
        var (xs, ys) = Corners(frame, per, seed);
        var count = per * per;
        var ids = new string[count];
        var wkb = new byte[count][];
        var areas = new double[count];
        var classes = years.Select(_ => new string[count]).ToArray();
        var firstYear = years[0];
        Parallel.For(0, per, row =>
        {
            var writer = new WKBWriter(ByteOrder.LittleEndian, false);
            for (var column = 0; column < per; column++)
            {
                var i = (row * per) + column;
                int Corner(int c, int r) => (r * (per + 1)) + c;
                int[] ring = [Corner(column, row), Corner(column + 1, row), Corner(column + 1, row + 1), Corner(column, row + 1), Corner(column, row)];
                var polygon = factory.CreatePolygon(ring.Select(k => new Coordinate(xs[k], ys[k])).ToArray());
                if (!polygon.IsValid)
                {
                    throw new InvalidOperationException($"parcel {i} is not a valid polygon");
                }

                ids[i] = $"P{i + 1:D7}";
                wkb[i] = writer.Write(polygon);
                areas[i] = polygon.Area;
                var (cx, cy) = (ring.Take(4).Average(k => xs[k]), ring.Take(4).Average(k => ys[k]));
                var key = SeedHash.Of(seed, RandomStream.Parcels, i);
                var urbanity = form.Urbanity(cx, cy);
                var hill = form.Hill(cx, cy);
                var code = Draw(LandClassTable.Classes, c => Weight(c, urbanity, hill), SeedHash.Unit(key, 0));
                var change = SeedHash.Of(seed, RandomStream.LandChange, i);
                var rate = code.StartsWith("17", StringComparison.Ordinal) ? 0 : FringeChangePerYear * 4 * urbanity * (1 - urbanity) * (1 - hill);
                var newCode = Draw(LandClassTable.Redevelopment, c => c.Weight, SeedHash.Unit(change, 1)).Code;
                for (var k = 0; k < years.Count; k++)
                {
                    var changed = SeedHash.Unit(change, 0) < 1 - Math.Pow(1 - rate, years[k] - firstYear);
                    classes[k][i] = changed ? newCode : code;
                }
            }
        });
        return new ParcelLayer(ids, wkb, areas, classes);
    }

    private static double Weight(LandClassWeight c, double urbanity, double hill)
    {
        var urban = c.Urban / UrbanTotal;
        var rural = c.Rural / RuralTotal;
        var hills = c.Hill / HillTotal;
        return (hill * hills) + ((1 - hill) * ((urbanity * urban) + ((1 - urbanity) * rural)));
    }

    private static double UrbanTotal { get; } = LandClassTable.Classes.Sum(c => c.Urban);

    private static double RuralTotal { get; } = LandClassTable.Classes.Sum(c => c.Rural);

    private static double HillTotal { get; } = LandClassTable.Classes.Sum(c => c.Hill);

    private static T Draw<T>(ImmutableArray<T> items, Func<T, double> weight, double u)
    {
        var total = items.Sum(weight);
        var target = u * total;
        foreach (var item in items)
        {
            target -= weight(item);
            if (target < 0)
            {
                return item;
            }
        }

        return items[^1];
    }

    private static string Draw(ImmutableArray<LandClassWeight> items, Func<LandClassWeight, double> weight, double u) =>
        Draw<LandClassWeight>(items, weight, u).Code;

    /// <summary>Grid corners, jittered (along the edge only on the square's boundary), warped, in millimetres.</summary>
    private static (double[] Xs, double[] Ys) Corners(CityFrame frame, int per, int seed)
    {
        var step = frame.Side / per;
        var warp = new SquareWarp(frame.Half, frame.Half, frame.Half, 0.5, 1.6);
        var xs = new double[(per + 1) * (per + 1)];
        var ys = new double[xs.Length];
        for (var r = 0; r <= per; r++)
        {
            for (var c = 0; c <= per; c++)
            {
                var key = SeedHash.Of(seed, RandomStream.Parcels, -1 - c, r);
                var jx = c == 0 || c == per ? 0 : 0.5 * (SeedHash.Unit(key, 0) - 0.5) * step;
                var jy = r == 0 || r == per ? 0 : 0.5 * (SeedHash.Unit(key, 1) - 0.5) * step;
                var (x, y) = warp.Apply((c * step) + jx, (r * step) + jy);
                var k = (r * (per + 1)) + c;
                xs[k] = CityFrame.Mm(frame.MinX + (c == per ? frame.Side : x));
                ys[k] = CityFrame.Mm(frame.MinY + (r == per ? frame.Side : y));
            }
        }

        return (xs, ys);
    }

    private static void CheckCodes(LandClassMapping mapping)
    {
        var unmapped = LandClassTable.Classes.Select(c => c.Code).Concat(LandClassTable.Redevelopment.Select(c => c.Code))
            .Where(code => mapping.Find(code) is null)
            .ToList();
        if (unmapped.Count > 0)
        {
            throw new InvalidOperationException($"land-use codes {string.Join(", ", unmapped)} have no mapping in {mapping.Id}");
        }
    }
}
