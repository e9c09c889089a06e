using MasterPlanEval.SampleBuilder.City;

namespace MasterPlanEval.SampleBuilder.Population;

/// <summary>
/// Census residents per sub-district. 2020: the real district totals (7th census) split over the
/// sub-districts in proportion to their grid resident weight (±6 % noise), summing exactly to the totals.
/// 2023 and 2024: synthetic, each sub-district declining by its own rate between −1.1 % and +0.1 % a year.
/// </summary>
public static class CensusBuilder
{
    public static IReadOnlyList<CensusValue> Build(SampleCity city, IReadOnlyList<GridCell> cells, SeededRandom random)
    {
        var values = new List<CensusValue>();
        foreach (var district in city.Districts)
        {
            var members = city.Subdistricts.Where(s => s.DistrictCode == district.Adcode).ToList();
            var weights = members.Select(m => cells.Where(c => c.SubdistrictCode == m.Code).Sum(c => c.ResidentWeight) * random.Uniform(0.94, 1.06)).ToList();
            if (weights.Any(w => w <= 0))
            {
                throw new InvalidDataException($"a sub-district of {district.Adcode} has no resident weight");
            }

            var parts = Apportion.LargestRemainder(district.Residents2020, weights);
            for (var i = 0; i < members.Count; i++)
            {
                var rate = random.Uniform(-0.011, 0.001);
                var v2023 = (int)Math.Round(parts[i] * Math.Pow(1 + rate, 3) * random.Uniform(0.997, 1.003));
                var v2024 = (int)Math.Round(v2023 * (1 + rate + random.Uniform(-0.002, 0.002)));
                values.Add(new CensusValue(members[i].Code, 2020, parts[i]));
                values.Add(new CensusValue(members[i].Code, 2023, v2023));
                values.Add(new CensusValue(members[i].Code, 2024, v2024));
            }
        }

        return values.OrderBy(v => v.Year).ThenBy(v => v.Code, StringComparer.Ordinal).ToList();
    }
}
