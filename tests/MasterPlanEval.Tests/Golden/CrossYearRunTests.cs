using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Golden;

/// <summary>
/// SDG 11.3.1 through the whole pipeline on the tiny fixture (README §6c: city land 1.1 → 1.46 km², residents
/// 30000 → 33500 from 2020 to 2025): a run starting in a year without data measures from the first year with
/// values, and cross-year values meet targets and composites like any indicator.
/// </summary>
public sealed class CrossYearRunTests
{
    [Fact]
    public async Task A_run_starting_before_the_data_measures_from_the_first_year_with_values()
    {
        using var fixture = new FixtureCopy("tiny");
        fixture.Edit("evaluation.yaml", t => t.Replace("years: [2020, 2025]", "years: [2015, 2020, 2025]", StringComparison.Ordinal));

        var rows = (await Pipeline.RunAsync(fixture.Config, fixture.Out)).Rows.Where(r => r.UnitId == "C").ToDictionary(r => (r.Year, r.IndicatorId));

        // 2015 has no census rows and no parcels, so the baseline is 2020 and y = 5 in 2025, as in a run from 2020:
        // LCR = ln(1.46 / 1.1) / 5 = 0.2831262559 / 5 = 0.05662525118; ratio = LCR / PGR = 2.565756599.
        var lcr = rows[(2025, "sdg_11_3_1_land_consumption_rate")];
        Assert.Equal(0.05662525118, lcr.Value!.Value, 10);
        Assert.Equal("value(urban_rural_construction_land_area)=1.46; baseline(urban_rural_construction_land_area)=1.1; baseline_year=2020", lcr.Components);
        Assert.Equal(2.565756599, rows[(2025, "sdg_11_3_1_ratio")].Value!.Value, 9);

        // 2015 reads land without rows: no value, no_input_rows; 2020 is the baseline itself: y = 0.
        Assert.Null(rows[(2015, "sdg_11_3_1_land_consumption_rate")].Value);
        Assert.Contains("no_input_rows", rows[(2015, "sdg_11_3_1_land_consumption_rate")].QualityFlags, StringComparison.Ordinal);
        Assert.Equal("zero_denominator", rows[(2020, "sdg_11_3_1_land_consumption_rate")].QualityFlags);
    }

    [Fact]
    public async Task A_ratio_without_value_says_why_in_its_quality_flags()
    {
        using var fixture = new FixtureCopy("tiny");
        // S1 shrinks (10000 → 9000) while its land grows (LCR > 0, README §6c): opposite signs. S2 hardly changes:
        // PGR = ln(8010 / 8000) / 5 = 0.00025 per year < 0.001, and its LCR is 0.
        fixture.Edit("census.csv", t => t.Replace("S1,2025,11000", "S1,2025,9000", StringComparison.Ordinal).Replace("S2,2025,8500", "S2,2025,8010", StringComparison.Ordinal));

        var rows = (await Pipeline.RunAsync(fixture.Config, fixture.Out)).Rows.Where(r => r.Year == 2025).ToDictionary(r => (r.UnitId, r.IndicatorId));

        Assert.Null(rows[("S1", "sdg_11_3_1_ratio")].Value);
        Assert.Equal("not_meaningful(opposite_signs)", rows[("S1", "sdg_11_3_1_ratio")].QualityFlags);
        Assert.Equal(0.00025, rows[("S2", "sdg_11_3_1_population_growth_rate")].Value!.Value, 6);
        Assert.Null(rows[("S2", "sdg_11_3_1_ratio")].Value);
        Assert.Equal("not_meaningful(denominator_near_zero)", rows[("S2", "sdg_11_3_1_ratio")].QualityFlags);
    }

    [Fact]
    public async Task Cross_year_values_are_judged_against_targets_and_weighed_in_composites()
    {
        using var fixture = new FixtureCopy("tiny");
        fixture.Edit("targets.yaml", t => t + """

              - { indicator: sdg_11_3_1_land_consumption_rate, unit: C, kind: cap, value: 0.05, target_year: 2035 }
              - { indicator: sdg_11_3_1_ratio, unit: C, kind: cap, value: 3, target_year: 2035, baseline: { year: 2020, value: 4 } }
            """);
        fixture.Edit("evaluation.yaml", t => t + """

            composite:
              - id: sdg_11_3_1_index
                name: { zh: 土地与人口, en: Land and people }
                weights: { sdg_11_3_1_land_consumption_rate: 1, sdg_11_3_1_population_growth_rate: 1, sdg_11_3_1_ratio: 1 }
            """);

        var run = await Pipeline.RunAsync(fixture.Config, fixture.Out);

        var rows = run.Rows.Where(r => r.UnitId == "C").ToDictionary(r => (r.Year, r.IndicatorId));
        // LCR 0.0566 > cap 0.05: not met (no baseline, no trajectory); 2020 has no value.
        Assert.Equal(("not_met", "no_baseline"), (rows[(2025, "sdg_11_3_1_land_consumption_rate")].TargetStatus, rows[(2025, "sdg_11_3_1_land_consumption_rate")].TrajectoryStatus));
        Assert.Equal("no_value", rows[(2020, "sdg_11_3_1_land_consumption_rate")].TargetStatus);

        // Ratio 2.5658 ≤ 3: met; expected(2025) = 4 + (3 − 4)·5/15 = 3.6667 ≥ 2.5658: on track;
        // progress (2.565756599 − 4) / (3 − 4) = 1.434243401.
        var ratio = rows[(2025, "sdg_11_3_1_ratio")];
        Assert.Equal(("met", "on_track"), (ratio.TargetStatus, ratio.TrajectoryStatus));
        Assert.Equal(1.434243401, ratio.ProgressToTarget!.Value, 9);

        // Composite: LCR not met without baseline → 0, ratio progress 1.43 clamped → 1, PGR has no target (left out):
        // (0 + 1) / 2 = 0.5 with 2 of 3 components and 2/3 of the weight.
        var (value, present, _, weight) = await CompositeFile.UnitRow(Path.Combine(run.RunDirectory, "composite_2025.parquet"), "C");
        Assert.Equal(0.5, value!.Value, 12);
        Assert.Equal((2, 2.0 / 3), (present, weight));
    }
}
