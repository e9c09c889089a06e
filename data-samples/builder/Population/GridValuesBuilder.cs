namespace MasterPlanEval.SampleBuilder.Population;

/// <summary>
/// Residents and workers per cell and year. Residents: each sub-district's cells share that year's census
/// value ±3 % (mobile signalling is not the census), then the city total is set within ±1.5 % of the census
/// city total. Workers: the worker weights scaled to 1.70–1.85 × the residents (the core is a job centre).
/// The cells outside the city get values on the same scale; they are rejected by the pipeline.
/// </summary>
public static class GridValuesBuilder
{
    public static IReadOnlyList<GridValue> Build(IReadOnlyList<GridCell> cells, IReadOnlyList<CensusValue> census, SeededRandom random)
    {
        var values = new List<GridValue>();
        foreach (var year in SampleYears.All)
        {
            var noise = cells.ToDictionary(c => c.Id, _ => random.Uniform(0.95, 1.05), StringComparer.Ordinal);
            var residents = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var unit in census.Where(c => c.Year == year))
            {
                var members = cells.Where(c => c.SubdistrictCode == unit.Code).ToList();
                var target = unit.Residents * random.Uniform(0.97, 1.03);
                var weight = members.Sum(c => c.ResidentWeight * noise[c.Id]);
                foreach (var cell in members)
                {
                    residents[cell.Id] = cell.ResidentWeight * noise[cell.Id] * target / weight;
                }
            }

            var cityTarget = census.Where(c => c.Year == year).Sum(c => (double)c.Residents) * (1 + random.Uniform(-0.015, 0.015));
            var residentScale = cityTarget / residents.Values.Sum();
            var perWeight = cityTarget / cells.Where(c => c.SubdistrictCode is not null).Sum(c => c.ResidentWeight * noise[c.Id]);
            var workerTarget = cityTarget * random.Uniform(1.70, 1.85);
            var workerNoise = cells.ToDictionary(c => c.Id, _ => random.Uniform(0.93, 1.07), StringComparer.Ordinal);
            var workerScale = workerTarget / cells.Where(c => c.SubdistrictCode is not null).Sum(c => c.WorkerWeight * workerNoise[c.Id]);
            foreach (var cell in cells)
            {
                var r = cell.SubdistrictCode is null ? cell.ResidentWeight * noise[cell.Id] * perWeight : residents[cell.Id] * residentScale;
                var w = cell.WorkerWeight * workerNoise[cell.Id] * workerScale;
                values.Add(new GridValue(cell.Id, year, (int)Math.Round(r), (int)Math.Round(w)));
            }
        }

        return values;
    }
}
