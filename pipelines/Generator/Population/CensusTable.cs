using System.Globalization;
using System.Text;
using MasterPlanEval.Generator.City;
using MasterPlanEval.Generator.Randomness;

namespace MasterPlanEval.Generator.Population;

/// <summary>
/// Census residents per sub-district and year: the grid cells whose centroid the sub-district covers
/// (as the evaluation assigns them), summed, times up to ±2 % of survey difference, in whole persons.
/// </summary>
internal sealed record CensusTable(IReadOnlyList<string> UnitIds, IReadOnlyList<int> Years, double[][] Residents)
{
    /// <summary>Largest relative difference between census and grid sum.</summary>
    public const double Discrepancy = 0.02;

    public static CensusTable Build(CityUnits units, PopulationGrid grid, int[] cellSubdistrict, int seed)
    {
        var count = units.Subdistricts.Count;
        var residents = new double[count][];
        for (var s = 0; s < count; s++)
        {
            residents[s] = new double[grid.Years.Count];
        }

        for (var k = 0; k < grid.Years.Count; k++)
        {
            var sums = new double[count];
            for (var cell = 0; cell < cellSubdistrict.Length; cell++)
            {
                sums[cellSubdistrict[cell]] += grid.Residents[k][cell];
            }

            for (var s = 0; s < count; s++)
            {
                var u = SeedHash.Unit(SeedHash.Of(seed, RandomStream.Census, s, grid.Years[k]));
                residents[s][k] = Math.Round(sums[s] * (1 + (2 * Discrepancy * (u - 0.5))));
            }
        }

        return new CensusTable(units.Subdistricts.Select(u => u.Id).ToList(), grid.Years, residents);
    }

    public long RowCount => (long)UnitIds.Count * Years.Count;

    public double Total(int yearIndex, IEnumerable<int> subdistricts) => subdistricts.Sum(s => Residents[s][yearIndex]);

    public string ToCsv()
    {
        var text = new StringBuilder("unit_id,year,residents\n");
        for (var s = 0; s < UnitIds.Count; s++)
        {
            for (var k = 0; k < Years.Count; k++)
            {
                text.Append(CultureInfo.InvariantCulture, $"{UnitIds[s]},{Years[k]},{Residents[s][k]}\n");
            }
        }

        return text.ToString();
    }
}
