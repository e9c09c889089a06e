using MasterPlanEval.Generator.Randomness;

namespace MasterPlanEval.Generator.Mobility;

/// <summary>
/// One row group of commuters, filled in place: two of these alternate so one is generated while the
/// other is written, and memory stays at two row groups whatever the commuter count. Each chunk draws
/// from its own stream keyed by (seed, year, chunk index), so the output does not depend on threading,
/// and the first rows are the same whatever the total. (Filling a chunk's slices in parallel was tried:
/// on two cores it only competes with the Parquet encoder, so one thread fills while one writes.)
/// </summary>
internal sealed class CommuteChunk(int capacity, int districts)
{
    /// <summary>Share of commuters who work outside the city (empty <c>work_cell</c>).</summary>
    public const double OutsideShare = 0.03;

    private const double CellKm = GeneratorScale.CellMetres / 1000;


    public int Rows { get; private set; }

    public int[] Year { get; } = new int[capacity];

    public long[] Home { get; } = new long[capacity];

    public long?[] Work { get; } = new long?[capacity];

    public double[] Minutes { get; } = new double[capacity];

    public string[] Mode { get; } = new string[capacity];

    public double[] Persons { get; } = Enumerable.Repeat(1.0, capacity).ToArray();

    public double[] Distance { get; } = new double[capacity];

    public CommuteTally Tally { get; } = new(districts);

    public void Fill(CommuteModel model, int year, int rows, ulong streamSeed)
    {
        var rng = new Rng(streamSeed);
        var cells = model.Cells;
        var n = model.Grid.Frame.CellsPerSide;
        Tally.Clear();
        Rows = rows;
        for (var i = 0; i < rows; i++)
        {
            var home = model.Homes.Sample(rng.NextDouble());
            var at = cells[home];
            long? work = null;
            var workDistrict = -1;
            double straight;
            if (rng.NextDouble() < OutsideShare)
            {
                var toEdge = (Math.Min(Math.Min(at.Column, n - 1 - at.Column), Math.Min(at.Row, n - 1 - at.Row)) + 0.5) * CellKm;
                straight = toEdge + 3 - (20 * Math.Log(1 - rng.NextDouble()));
            }
            else
            {
                var block = model.Destinations[at.Block].Sample(rng.NextDouble());
                var to = cells[model.BlockJobs[block].Sample(rng.NextDouble())];
                work = to.Id;
                workDistrict = to.District;
                var dx = (to.Column - at.Column + rng.NextDouble() - rng.NextDouble()) * CellKm;
                var dy = (to.Row - at.Row + rng.NextDouble() - rng.NextDouble()) * CellKm;
                straight = Math.Sqrt((dx * dx) + (dy * dy));
            }

            var km = (straight * (1.2 + (0.2 * rng.NextDouble()))) + 0.1;
            var mode = ModeChoice.Draw(km, rng.NextDouble());
            var minutes = ModeChoice.Access[mode] + (km / ModeChoice.Speed[mode] * 60);
            minutes *= 0.7 + (0.3 * (rng.NextDouble() + rng.NextDouble()));
            minutes = Math.Clamp(Math.Round(minutes * 10) / 10, 1, 300);
            km = Math.Round(km * 100) / 100;
            Year[i] = year;
            Home[i] = at.Id;
            Work[i] = work;
            Minutes[i] = minutes;
            Mode[i] = ModeChoice.Names[mode];
            Distance[i] = km;
            Tally.Add(at.District, workDistrict, minutes, km, mode);
        }
    }
}
