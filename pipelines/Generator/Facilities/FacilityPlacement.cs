using MasterPlanEval.Generator.City;
using MasterPlanEval.Generator.Layout;
using MasterPlanEval.Generator.Population;
using MasterPlanEval.Generator.Randomness;

namespace MasterPlanEval.Generator.Facilities;

/// <summary>
/// Places every facility. Rail stations sit evenly along radial lines (one out to each sub-centre, the
/// others evenly spread) and three rings, so they are densest in the core where lines converge; the other types are drawn from where residents live in the first year, mixed with
/// an even spread; a few bus stops and clinics lie just outside the city, which the contract keeps
/// because they serve cells near the edge. Some facilities open after the first year (<c>year_open</c>),
/// others carry an older opening year or none.
/// </summary>
internal static class FacilityPlacement
{
    /// <summary>Share of bus stops and clinics placed up to 1.5 km outside the square.</summary>
    private const double OutsideShare = 0.005;

    public static PlacedFacilities Place(CityFrame frame, UrbanForm form, PopulationGrid grid, GeneratorScale scale, int seed)
    {
        IReadOnlyList<(double X, double Y)[]> railLines = [];
        var rng = new Rng(SeedHash.Of(seed, RandomStream.Facilities));
        var order = MortonOrder(frame.CellsPerSide);
        var byPower = FacilityMix.Types.Select(t => t.Power).Distinct().Order()
            .ToDictionary(p => p, p => Cumulative(order, grid.Residents[0], p));
        var counts = FacilityMix.Counts(scale.Facilities);
        var (firstYear, lastYear) = (grid.Years[0], grid.Years[^1]);
        var rows = new List<FacilityRow>(scale.Facilities);
        for (var t = 0; t < FacilityMix.Types.Length; t++)
        {
            var type = FacilityMix.Types[t];
            List<(double X, double Y)>? stations = null;
            if (type.Name == FacilityMix.RailStation)
            {
                (stations, railLines) = RailStations(frame, form, counts[t], rng);
            }

            for (var i = 0; i < counts[t]; i++)
            {
                var (x, y) = stations is not null ? stations[i] : Position(frame, grid, order, byPower[type.Power], type, (i + rng.NextDouble()) / counts[t], rng);
                int? yearOpen = null;
                var age = rng.NextDouble();
                if (age < type.NewShare && lastYear > firstYear)
                {
                    yearOpen = firstYear + 1 + rng.NextInt(lastYear - firstYear);
                }
                else if (age > 0.6)
                {
                    yearOpen = 1985 + rng.NextInt(firstYear - 1985 + 1);
                }

                var name = rng.NextDouble() < 0.85 ? $"{type.Label}{i + 1:D5}" : null;
                rows.Add(new FacilityRow($"F{rows.Count + 1:D7}", type.Name, CityFrame.Mm(x), CityFrame.Mm(y), yearOpen, name));
            }
        }

        return new PlacedFacilities(rows, railLines);
    }

    /// <summary>
    /// A position for the facility whose stratum is at <paramref name="quantile"/> of the cumulative weight:
    /// stratified sampling along a Z-order curve gives each facility a compact catchment of equal weight,
    /// so facilities spread with people instead of clumping where random draws happen to coincide.
    /// </summary>
    private static (double X, double Y) Position(
        CityFrame frame, PopulationGrid grid, int[] order, double[] cumulative, FacilityType type, double quantile, Rng rng)
    {
        if (type.Name is "bus_stop" or "clinic" && rng.NextDouble() < OutsideShare)
        {
            var along = rng.Range(0, frame.Side);
            var offset = rng.Range(50, 1500);
            return rng.NextInt(4) switch
            {
                0 => (frame.MinX - offset, frame.MinY + along),
                1 => (frame.MaxX + offset, frame.MinY + along),
                2 => (frame.MinX + along, frame.MinY - offset),
                _ => (frame.MinX + along, frame.MaxY + offset),
            };
        }

        int cell;
        if (rng.NextDouble() < type.Spread / (1 + type.Spread) || cumulative[^1] <= 0)
        {
            cell = rng.NextInt(frame.CellCount);
        }
        else
        {
            var at = Array.BinarySearch(cumulative, quantile * cumulative[^1]);
            cell = order[Math.Min(at < 0 ? ~at : at, order.Length - 1)];
        }

        return (grid.X(cell) + (rng.Range(-0.5, 0.5) * CityFrame.CellSize), grid.Y(cell) + (rng.Range(-0.5, 0.5) * CityFrame.CellSize));
    }

    /// <summary>Cell indices in Z-order (bits of column and row interleaved): nearby in the order means nearby on the ground.</summary>
    private static int[] MortonOrder(int side)
    {
        static long Spread(int v)
        {
            long x = v;
            long result = 0;
            for (var bit = 0; bit < 16; bit++)
            {
                result |= ((x >> bit) & 1) << (2 * bit);
            }

            return result;
        }

        return Enumerable.Range(0, side * side).OrderBy(cell => Spread(cell % side) | (Spread(cell / side) << 1)).ToArray();
    }

    /// <summary>Running sum of residents^<paramref name="power"/> along <paramref name="order"/>.</summary>
    private static double[] Cumulative(int[] order, double[] residents, double power)
    {
        var cumulative = new double[order.Length];
        var sum = 0.0;
        for (var i = 0; i < order.Length; i++)
        {
            sum += Math.Pow(residents[order[i]], power);
            cumulative[i] = sum;
        }

        return cumulative;
    }

    // The stations, and the lines they lie on (in world coordinates) as the rail network.
    private static (List<(double X, double Y)> Stations, IReadOnlyList<(double X, double Y)[]> Lines) RailStations(CityFrame frame, UrbanForm form, int count, Rng rng)
    {
        // Lines as polylines in units of the half side, centred on the city centre.
        var lines = new List<(double X, double Y)[]>();
        foreach (var centre in form.SubCentres)
        {
            var (dx, dy) = ((centre.X - frame.MidX) / frame.Half, (centre.Y - frame.MidY) / frame.Half);
            var reach = (Math.Sqrt((dx * dx) + (dy * dy)) + 0.08) / Math.Sqrt((dx * dx) + (dy * dy));
            lines.Add([(0.02 * dx, 0.02 * dy), (reach * dx, reach * dy)]);
        }

        var turn = rng.Range(0, Math.PI / 5);
        for (var k = form.SubCentres.Count; k < 10; k++)
        {
            var angle = turn + (k * 2 * Math.PI / (10 - form.SubCentres.Count));
            lines.Add([(0.02 * Math.Cos(angle), 0.02 * Math.Sin(angle)), (0.45 * Math.Cos(angle), 0.45 * Math.Sin(angle))]);
        }

        foreach (var radius in new[] { 0.07, 0.14, 0.24 })
        {
            lines.Add(Enumerable.Range(0, 65).Select(i => (radius * Math.Cos(i * Math.PI / 32), radius * Math.Sin(i * Math.PI / 32))).ToArray());
        }

        var segments = lines.SelectMany(l => l.Zip(l.Skip(1))).ToList();
        var lengths = segments.Select(s => UrbanFormDistance(s.First, s.Second)).ToList();
        var total = lengths.Sum();
        var stations = new List<(double, double)>(count);
        var (segment, walked) = (0, 0.0);
        for (var i = 0; i < count; i++)
        {
            var at = (i + 0.5) * total / count;
            while (segment < segments.Count - 1 && walked + lengths[segment] < at)
            {
                walked += lengths[segment++];
            }

            var t = Math.Clamp((at - walked) / lengths[segment], 0, 1);
            var (a, b) = segments[segment];
            var jitter = 0.1 * CityFrame.CellSize;
            var x = frame.MidX + ((a.X + (t * (b.X - a.X))) * frame.Half) + rng.Range(-jitter, jitter);
            var y = frame.MidY + ((a.Y + (t * (b.Y - a.Y))) * frame.Half) + rng.Range(-jitter, jitter);
            stations.Add((x, y));
        }

        var world = lines.Select(l => l.Select(p => (CityFrame.Mm(frame.MidX + (p.X * frame.Half)), CityFrame.Mm(frame.MidY + (p.Y * frame.Half)))).ToArray()).ToList();
        return (stations, world);
    }

    private static double UrbanFormDistance((double X, double Y) a, (double X, double Y) b) =>
        Math.Sqrt(((a.X - b.X) * (a.X - b.X)) + ((a.Y - b.Y) * (a.Y - b.Y)));
}
