using MasterPlanEval.SampleBuilder.City;

namespace MasterPlanEval.SampleBuilder.Plan;

/// <summary>
/// Illustrative targets (not the real plan's figures, though the population cap follows its 1.7 million
/// for the core by 2035). Baselines are the sample's own 2020 values as the builder computes them (the
/// population baselines are therefore the real 2020 census totals), rounded towards the side the target
/// judges by (caps up, floors down), so the baseline year itself is on track.
/// </summary>
public static class TargetsBuilder
{
    public static IReadOnlyList<PlanTarget> Build(SampleCity city, IReadOnlyList<IndicatorValue> values)
    {
        PlanTarget Target(string indicator, string unit, string kind, double value, double? max, int year, int digits, string comment)
        {
            var scale = Math.Pow(10, digits);
            var exact = values.Single(v => v.IndicatorId == indicator && v.UnitId == unit && v.Year == SampleYears.Baseline).Value!.Value * scale;
            var rounded = kind switch
            {
                "cap" => Math.Ceiling(exact - 1e-9),
                "floor" => Math.Floor(exact + 1e-9),
                _ => Math.Round(exact),
            };
            return new PlanTarget(indicator, unit, kind, value, max, year, Math.Round(rounded / scale, digits), comment);
        }

        var core = city.Id;
        var dongcheng = city.Districts[0].Adcode;
        var xicheng = city.Districts[1].Adcode;
        return
        [
            Target("resident_population", core, "cap", 1790000, null, 2025, 0, "an interim cap: used for 2020–2025 (smallest target_year >= the year)"),
            Target("resident_population", core, "cap", 1700000, null, 2035, 0, "core area population cap by 2035; baseline = real 2020 census"),
            Target("resident_population", dongcheng, "cap", 650000, null, 2035, 0, "baseline = real 2020 census (Dongcheng)"),
            Target("resident_population", xicheng, "cap", 1050000, null, 2035, 0, "baseline = real 2020 census (Xicheng)"),
            Target("population_density", core, "cap", 18500, null, 2035, 0, "persons/km² over the schematic sub-district areas"),
            Target("urban_rural_construction_land_area", core, "cap", 78, null, 2035, 2, "km²: reduction of urban-rural construction land"),
            Target("construction_land_per_capita", core, "cap", 48, null, 2035, 1, "m² of urban-rural construction land per resident"),
            Target("jobs_housing_ratio", core, "band", 0.95, 1.15, 2035, 3, "band: commuters working here / living here"),
            Target("jobs_housing_ratio", xicheng, "band", 1.0, 1.3, 2035, 3, "band for Xicheng (Financial Street)"),
            Target("mean_commute_minutes", core, "cap", 30, null, 2035, 1, "minutes, by home"),
            Target("commute_share_within_45min", core, "floor", 0.90, null, 2035, 3, "share of commuters (by home) within 45 minutes"),
            Target("commute_share_over_60min", core, "cap", 0.03, null, 2035, 3, "share of commuters (by home) over 60 minutes"),
            Target("park_coverage_500m", core, "floor", 0.90, null, 2035, 3, "share of grid residents within 500 m of a park"),
            Target("park_coverage_500m", dongcheng, "floor", 0.90, null, 2035, 3, "Dongcheng"),
            Target("park_coverage_500m", xicheng, "floor", 0.90, null, 2035, 3, "Xicheng"),
            Target("clinic_coverage_1000m", core, "floor", 0.95, null, 2035, 3, "share of grid residents within 1 km of a clinic"),
            Target("rail_station_coverage_800m", core, "floor", 0.90, null, 2035, 3, "share of grid residents within 800 m of a metro station"),
            Target("construction_land_in_eco_redline", core, "cap", 0, null, 2035, 3, "km²: no construction land inside the red line"),
            Target("construction_land_outside_udb", core, "cap", 1.0, null, 2035, 3, "km² of construction land outside the development boundary"),
        ];
    }
}
