using MasterPlanEval.Scorecards;
using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Quality;

/// <summary>
/// Missing data is never zero: the tiny fixture with a year that has no rows, a sub-district's census line deleted,
/// or a sub-district's cells deleted for a year. Expected values and statuses follow from tests/fixtures/tiny/README.md.
/// </summary>
public sealed class MissingDataRunTests
{
    [Fact]
    public async Task A_year_without_rows_gives_no_values_and_no_statuses()
    {
        using var fixture = new FixtureCopy("tiny");
        fixture.Edit("evaluation.yaml", t => t.Replace("years: [2020, 2025]", "years: [2020, 2025, 2030]", StringComparison.Ordinal));

        var rows = Index((await Pipeline.RunAsync(fixture.Config, fixture.Out)).Rows, 2030);

        // The 2035 cap of 36 000 is in force in 2030: a 0 would have been "met".
        var population = rows[("C", "resident_population")];
        Assert.Null(population.Value);
        Assert.Equal("no_input_rows(census)", population.QualityFlags);
        Assert.Equal(("no_value", "no_value"), (population.TargetStatus, population.TrajectoryStatus));
        Assert.Equal("sum(census.residents)=NaN", population.Components);

        var jobsHousing = rows[("S3", "jobs_housing_ratio")];
        Assert.Null(jobsHousing.Value);
        Assert.Equal("no_input_rows(mobility)", jobsHousing.QualityFlags);
        Assert.Equal("no_value", jobsHousing.TargetStatus);

        var park = rows[("D1", "park_coverage_500m")];
        Assert.Null(park.Value);
        Assert.Equal("no_input_rows(population_grid)", park.QualityFlags);

        // Rail lines and units have no year: 2030 has the 2025 network (README: rail, 4.1 km).
        Assert.Equal(4.1, rows[("C", "rail_transit_length_km")].Value!.Value, 9);

        // A growth rate to a year without census has no value either, and says why.
        Assert.Null(rows[("C", "sdg_11_3_1_population_growth_rate")].Value);
        Assert.Contains("no_input_rows(census)", rows[("C", "sdg_11_3_1_population_growth_rate")].QualityFlags, StringComparison.Ordinal);
        Assert.DoesNotContain(rows.Values, r => r.TargetStatus is "met" or "not_met");
    }

    [Fact]
    public async Task A_subdistrict_missing_from_the_census_is_no_value_and_its_district_and_city_are_not_judged()
    {
        using var fixture = new FixtureCopy("tiny");
        fixture.Edit("census.csv", t => t.Replace("S3,2025,14000\n", string.Empty, StringComparison.Ordinal));

        var rows = Index((await Pipeline.RunAsync(fixture.Config, fixture.Out)).Rows, 2025);

        Assert.Null(rows[("S3", "resident_population")].Value);
        Assert.Equal("no_input_rows(census)", rows[("S3", "resident_population")].QualityFlags);

        // D2 is S3 alone: every one of its sub-districts is missing, so it has no value either.
        Assert.Null(rows[("D2", "resident_population")].Value);
        Assert.Equal("no_input_rows(census)", rows[("D2", "resident_population")].QualityFlags);

        // The city adds S1 11 000 + S2 8 500 = 19 500, under its cap of 36 000, but a third of it is missing.
        var city = rows[("C", "resident_population")];
        Assert.Equal(19_500, city.Value);
        Assert.Equal("incomplete(census: 1 of 3 sub-districts missing)", city.QualityFlags);
        Assert.Equal(("insufficient_data", "insufficient_data"), (city.TargetStatus, city.TrajectoryStatus));
        Assert.Null(city.ProgressToTarget);
        Assert.Contains("incomplete(census: 1 of 3 sub-districts missing)", rows[("C", "population_density")].QualityFlags, StringComparison.Ordinal);

        // D1 (S1 + S2) is whole: 19 500 as in the README, no flag.
        Assert.Equal(19_500, rows[("D1", "resident_population")].Value);
        Assert.Equal(string.Empty, rows[("D1", "resident_population")].QualityFlags);
    }

    [Fact]
    public async Task A_subdistrict_whose_cells_are_missing_in_one_year_is_no_value_there()
    {
        using var fixture = new FixtureCopy("tiny");

        // A1–A3 are S1's cells (README: grid); they have 2020 rows, so their 2025 absence is a gap, not an empty place.
        fixture.Edit("population_grid.csv", t => string.Join('\n', t.Split('\n').Where(l => !(l.StartsWith('A') && l.Contains(",2025,", StringComparison.Ordinal)))));

        var rows = Index((await Pipeline.RunAsync(fixture.Config, fixture.Out)).Rows, 2025);

        Assert.Null(rows[("S1", "park_coverage_500m")].Value);
        Assert.Equal("no_input_rows(population_grid)", rows[("S1", "park_coverage_500m")].QualityFlags);

        // D1's floor target of 0.6 is judged on S2 alone otherwise.
        var district = rows[("D1", "park_coverage_500m")];
        Assert.NotNull(district.Value);
        Assert.Equal("incomplete(population_grid: 1 of 2 sub-districts missing)", district.QualityFlags);
        Assert.Equal("insufficient_data", district.TargetStatus);

        // The census still covers S1: its population stands.
        Assert.Equal(11_000, rows[("S1", "resident_population")].Value);
    }

    private static Dictionary<(string Unit, string Indicator), ScorecardRow> Index(IEnumerable<ScorecardRow> rows, int year) =>
        rows.Where(r => r.Year == year).ToDictionary(r => (r.UnitId, r.IndicatorId));
}
