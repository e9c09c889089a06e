using MasterPlanEval.Generator.City;
using MasterPlanEval.Generator.Layout;
using MasterPlanEval.Generator.Randomness;

namespace MasterPlanEval.Generator.Population;

/// <summary>
/// Residents and workers of every 250 m cell in every year. The first year follows the urban form times
/// log-normal noise per cell (workers noisier: jobs cluster), scaled to the scale's residents and
/// <see cref="WorkersPerResident"/>; later years apply the form's growth rates plus a little yearly
/// noise. Values are rounded to 0.1 person, as mobile-signalling estimates are fractional.
/// </summary>
internal sealed class PopulationGrid
{
    /// <summary>Jobs per resident in the first year (Beijing: about 12 M jobs for 22 M residents).</summary>
    public const double WorkersPerResident = 0.55;

    private PopulationGrid(CityFrame frame, IReadOnlyList<int> years, long[] cellIds, double[][] residents, double[][] workers)
    {
        Frame = frame;
        Years = years;
        CellIds = cellIds;
        Residents = residents;
        Workers = workers;
    }

    public CityFrame Frame { get; }

    public IReadOnlyList<int> Years { get; }

    /// <summary>Cell ids by index; index = row × cells per side + column, rows from the south.</summary>
    public long[] CellIds { get; }

    /// <summary>Residents by year index, then cell index.</summary>
    public double[][] Residents { get; }

    public double[][] Workers { get; }

    public double X(int cell) => Frame.CellCentreX(cell % Frame.CellsPerSide);

    public double Y(int cell) => Frame.CellCentreY(cell / Frame.CellsPerSide);

    public static PopulationGrid Build(CityFrame frame, UrbanForm form, GeneratorScale scale, int seed)
    {
        var n = frame.CellCount;
        var side = frame.CellsPerSide;
        var ids = new long[n];
        var baseResidents = new double[n];
        var baseWorkers = new double[n];
        Parallel.For(0, n, cell =>
        {
            var (x, y) = (frame.CellCentreX(cell % side), frame.CellCentreY(cell / side));
            // Row-major cell numbers, as signalling vendors number a grid: integers over a compact range.
            ids[cell] = cell;
            var key = SeedHash.Of(seed, RandomStream.Population, cell);
            var empty = SeedHash.Unit(key, 0) < 0.15 * form.Hill(x, y);
            baseResidents[cell] = empty ? 0 : form.Residents(x, y) * Math.Exp((0.35 * SeedHash.Gaussian(key, 1)) - 0.06);
            baseWorkers[cell] = form.Workers(x, y) * Math.Exp((0.6 * SeedHash.Gaussian(key, 3)) - 0.18);
        });
        Scale(baseResidents, scale.Residents);
        Scale(baseWorkers, scale.Residents * WorkersPerResident);
        var firstYear = scale.Years.Min();
        var years = scale.Years.Order().ToList();
        var residents = new double[years.Count][];
        var workers = new double[years.Count][];
        for (var k = 0; k < years.Count; k++)
        {
            var (r, w, span, year) = (new double[n], new double[n], years[k] - firstYear, years[k]);
            Parallel.For(0, n, cell =>
            {
                var (x, y) = (frame.CellCentreX(cell % side), frame.CellCentreY(cell / side));
                var key = SeedHash.Of(seed, RandomStream.Population, cell, year);
                var residentNoise = span == 0 ? 1 : Math.Exp(0.03 * SeedHash.Gaussian(key, 0));
                var workerNoise = span == 0 ? 1 : Math.Exp(0.05 * SeedHash.Gaussian(key, 2));
                r[cell] = Tenth(baseResidents[cell] * Math.Pow(1 + form.ResidentGrowth(x, y), span) * residentNoise);
                w[cell] = Tenth(baseWorkers[cell] * Math.Pow(1 + form.WorkerGrowth(x, y), span) * workerNoise);
            });
            residents[k] = r;
            workers[k] = w;
        }

        return new PopulationGrid(frame, years, ids, residents, workers);
    }

    private static void Scale(double[] values, double total)
    {
        var factor = total / values.Sum();
        for (var i = 0; i < values.Length; i++)
        {
            values[i] *= factor;
        }
    }

    private static double Tenth(double value) => Math.Round(value * 10) / 10;
}
