using MasterPlanEval.SampleBuilder.Population;

namespace MasterPlanEval.SampleBuilder.Mobility;

/// <summary>
/// Commuting OD pairs per year: 6,300 distinct pairs inside the city (home drawn by residents, work by
/// workers × exp(−distance / 2.5 km)), 350 leaving (work outside, 8–45 km) and 350 entering (home outside),
/// 1–20 persons each. Network distance = straight line × 1.2–1.4; minutes from <see cref="TravelModel"/>
/// with ±noise, a little faster in later years; capped at 180.
/// </summary>
public static class CommutesBuilder
{
    public const int InsidePairsPerYear = 6300;
    public const int CrossingPairsPerYear = 350;
    private const double DecayMetres = 2500;

    public static IReadOnlyList<Commute> Build(PopulationGrid grid, SeededRandom random)
    {
        var cells = grid.Inside.ToList();
        var commutes = new List<Commute>();
        foreach (var year in SampleYears.All)
        {
            var values = grid.Values.Where(v => v.Year == year).ToDictionary(v => v.CellId, StringComparer.Ordinal);
            var residents = Cumulative(cells.Select(c => (double)values[c.Id].Residents));
            var workers = cells.Select(c => (double)values[c.Id].Workers).ToArray();
            var speedUp = year switch { 2023 => 0.98, 2024 => 0.97, _ => 1.0 };
            var seen = new HashSet<(string, string)>();
            var rows = new List<Commute>();
            while (rows.Count < InsidePairsPerYear)
            {
                var home = cells[Draw(residents, random)];
                var weights = Cumulative(cells.Select((c, j) => workers[j] * Math.Exp(-home.Centre.Distance(c.Centre) / DecayMetres)));
                var work = cells[Draw(weights, random)];
                if (seen.Add((home.Id, work.Id)))
                {
                    var straightKm = home.Centre.Distance(work.Centre) / 1000;
                    var networkKm = straightKm == 0 ? random.Uniform(0.2, 0.4) : straightKm * random.Uniform(1.2, 1.4);
                    rows.Add(Row(year, home.Id, work.Id, networkKm, TravelModel.ModeWeights(straightKm), speedUp, random));
                }
            }

            var workerDraw = Cumulative(workers);
            while (rows.Count < InsidePairsPerYear + CrossingPairsPerYear)
            {
                var home = cells[Draw(residents, random)];
                if (seen.Add((home.Id, string.Empty)))
                {
                    rows.Add(Row(year, home.Id, null, CrossingKm(random), TravelModel.CrossingModeWeights, speedUp, random));
                }
            }

            while (rows.Count < InsidePairsPerYear + (2 * CrossingPairsPerYear))
            {
                var work = cells[Draw(workerDraw, random)];
                if (seen.Add((string.Empty, work.Id)))
                {
                    rows.Add(Row(year, null, work.Id, CrossingKm(random), TravelModel.CrossingModeWeights, speedUp, random));
                }
            }

            commutes.AddRange(rows
                .OrderBy(r => r.HomeCell ?? string.Empty, StringComparer.Ordinal)
                .ThenBy(r => r.WorkCell ?? string.Empty, StringComparer.Ordinal));
        }

        return commutes;
    }

    private static Commute Row(int year, string? home, string? work, double networkKm, IReadOnlyList<double> modeWeights, double speedUp, SeededRandom random)
    {
        var mode = TravelModel.Modes[random.Pick(modeWeights)];
        var minutes = TravelModel.Minutes(mode, networkKm) * random.Uniform(0.9, 1.25) * speedUp;
        var persons = 1 + (int)Math.Floor(19.999 * Math.Pow(random.Next(), 2.2));
        return new Commute(year, home, work, (int)Math.Clamp(Math.Round(minutes), 1, 180), mode, persons, Math.Round(networkKm, 2));
    }

    private static double CrossingKm(SeededRandom random) => Math.Min(45, 8 - (9 * Math.Log(1 - random.Next())));

    private static double[] Cumulative(IEnumerable<double> weights)
    {
        var total = 0.0;
        return weights.Select(w => total += w).ToArray();
    }

    private static int Draw(double[] cumulative, SeededRandom random)
    {
        var target = random.Next() * cumulative[^1];
        var index = Array.BinarySearch(cumulative, target);
        return Math.Min(index >= 0 ? index + 1 : ~index, cumulative.Length - 1);
    }
}
