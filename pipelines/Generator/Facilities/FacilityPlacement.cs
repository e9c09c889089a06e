using MasterPlanEval.Generator.Layout;
using MasterPlanEval.Generator.Population;
using MasterPlanEval.Generator.Randomness;

namespace MasterPlanEval.Generator.Facilities;

/// <summary>
/// Places every facility. Rail stations sit along eight radial lines and two rings (denser in the core,
/// as lines converge); the other types are drawn from where residents live in the first year, mixed with
/// an even spread; a few bus stops and clinics lie just outside the city, which the contract keeps
/// because they serve cells near the edge. Some facilities open after the first year (<c>year_open</c>),
/// others carry an older opening year or none.
/// </summary>
internal static class FacilityPlacement
{
    /// <summary>Share of bus stops and clinics placed up to 1.5 km outside the square.</summary>
    private const double OutsideShare = 0.005;

    public static IReadOnlyList<FacilityRow> Place(CityFrame frame, PopulationGrid grid, GeneratorScale scale, int seed)
    {
        var rng = new Rng(SeedHash.Of(seed, RandomStream.Facilities));
        var homes = new AliasTable(grid.Residents[0]);
        var counts = FacilityMix.Counts(scale.Facilities);
        var (firstYear, lastYear) = (grid.Years[0], grid.Years[^1]);
        var rows = new List<FacilityRow>(scale.Facilities);
        for (var t = 0; t < FacilityMix.Types.Length; t++)
        {
            var type = FacilityMix.Types[t];
            var stations = type.Name == FacilityMix.RailStation ? RailStations(frame, counts[t], rng) : null;
            for (var i = 0; i < counts[t]; i++)
            {
                var (x, y) = stations is not null ? stations[i] : Position(frame, grid, homes, type, rng);
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

        return rows;
    }

    private static (double X, double Y) Position(CityFrame frame, PopulationGrid grid, AliasTable homes, FacilityType type, Rng rng)
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

        var cell = rng.NextDouble() < type.Spread / (1 + type.Spread) || !homes.CanSample
            ? rng.NextInt(frame.CellCount)
            : homes.Sample(rng.NextDouble());
        return (grid.X(cell) + rng.Range(-0.5, 0.5) * CityFrame.CellSize, grid.Y(cell) + rng.Range(-0.5, 0.5) * CityFrame.CellSize);
    }

    private static List<(double X, double Y)> RailStations(CityFrame frame, int count, Rng rng)
    {
        // Lines as polylines in local units of the half side, centred on the city centre.
        var lines = new List<(double X, double Y)[]>();
        var turn = rng.Range(0, Math.PI / 8);
        for (var k = 0; k < 8; k++)
        {
            var angle = turn + (k * Math.PI / 4);
            lines.Add([(0.02 * Math.Cos(angle), 0.02 * Math.Sin(angle)), (0.8 * Math.Cos(angle), 0.8 * Math.Sin(angle))]);
        }

        foreach (var radius in new[] { 0.1, 0.22 })
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

        return stations;
    }

    private static double UrbanFormDistance((double X, double Y) a, (double X, double Y) b) =>
        Math.Sqrt(((a.X - b.X) * (a.X - b.X)) + ((a.Y - b.Y) * (a.Y - b.Y)));
}
