using System.Globalization;
using MasterPlanEval.Cli.Pipeline;
using MasterPlanEval.Scorecards;
using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Golden;

/// <summary>
/// The whole pipeline on tests/fixtures/tiny, against values derived by hand in that folder's README
/// (expected.csv: every indicator, every unit, both years, with target and trajectory status).
/// </summary>
public sealed class TinyFixtureTests(TinyRun run) : IClassFixture<TinyRun>
{
    private readonly RunResult _result = run.Result;

    public static TheoryData<string, string, string, string, string, string, string> Expected()
    {
        var data = new TheoryData<string, string, string, string, string, string, string>();
        foreach (var row in SimpleCsv.Read(Path.Combine(RepoPaths.Fixture("tiny"), "expected.csv")))
        {
            data.Add(row["year"], row["level"], row["unit_id"], row["indicator_id"], row["value"], row["target_status"], row["trajectory_status"]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Expected))]
    public void Value_and_status_match_the_hand_derivation(
        string year, string level, string unitId, string indicatorId, string value, string targetStatus, string trajectoryStatus)
    {
        var row = _result.Rows.Single(r =>
            r.Year == int.Parse(year, CultureInfo.InvariantCulture) && r.UnitId == unitId && r.IndicatorId == indicatorId);
        Assert.Equal(level, row.Level);
        if (value.Length == 0)
        {
            Assert.Null(row.Value);
            Assert.Contains("zero_denominator", row.QualityFlags, StringComparison.Ordinal);
        }
        else
        {
            var expected = double.Parse(value, CultureInfo.InvariantCulture);
            Assert.NotNull(row.Value);
            Assert.True(
                Math.Abs(row.Value!.Value - expected) <= 1e-9 * Math.Max(1, Math.Abs(expected)),
                $"{indicatorId} {unitId} {year}: expected {expected}, got {row.Value}");
        }

        Assert.Equal(targetStatus, row.TargetStatus);
        Assert.Equal(trajectoryStatus, row.TrajectoryStatus);
    }

    [Fact]
    public void Change_and_progress_columns_follow_from_the_values_and_the_target()
    {
        // resident_population of C: 30 000 (2020) → 33 500 (2025); target cap 36 000 by 2035 from baseline 30 500 (2020).
        var row = _result.Rows.Single(r => r.Year == 2025 && r.UnitId == "C" && r.IndicatorId == "resident_population");
        Assert.Equal(2020, row.PreviousYear);
        Assert.Equal(30_000, row.PreviousValue);
        Assert.Equal(3_500, row.ChangeFromPrevious);
        Assert.Equal(3_000, row.ChangeSinceBaseline);
        Assert.Equal(3_000.0 / 5_500, row.ProgressToTarget!.Value, 12);
        Assert.Equal("sum(census.residents)=33500", row.Components);

        var first = _result.Rows.Single(r => r.Year == 2020 && r.UnitId == "C" && r.IndicatorId == "resident_population");
        Assert.Null(first.PreviousYear);
        Assert.Null(first.ChangeFromPrevious);
    }

    [Fact]
    public void Components_show_numerator_and_denominator()
    {
        // population_density of S3 in 2025: census residents over its 2 km² (README: census table).
        var row = _result.Rows.Single(r => r.Year == 2025 && r.UnitId == "S3" && r.IndicatorId == "population_density");
        var parts = row.Components.Split("; ");
        Assert.Equal(2, parts.Length);
        Assert.StartsWith("sum(census.residents)=", parts[0], StringComparison.Ordinal);
        Assert.Equal("sum(units.area_km2)=2", parts[1]);
        var residents = double.Parse(parts[0].Split('=')[1], CultureInfo.InvariantCulture);
        Assert.Equal(residents / 2, row.Value!.Value, 9);
    }

    [Fact]
    public void Every_indicator_unit_and_year_has_exactly_one_row()
    {
        Assert.Equal(Expected().Count, _result.Rows.Count);
        Assert.Equal(_result.Rows.Count, _result.Rows.Select(r => (r.Year, r.UnitId, r.IndicatorId)).Distinct().Count());
    }

    [Fact]
    public void Counts_match_the_fixture_and_reconcile()
    {
        foreach (var expected in SimpleCsv.Read(Path.Combine(RepoPaths.Fixture("tiny"), "expected_counts.csv")))
        {
            var count = _result.Manifest.Datasets.Single(d => d.Dataset == expected["dataset"]);
            Assert.Equal(long.Parse(expected["read"], CultureInfo.InvariantCulture), count.Read);
            Assert.Equal(long.Parse(expected["accepted"], CultureInfo.InvariantCulture), count.Accepted);
            Assert.Equal(long.Parse(expected["rejected"], CultureInfo.InvariantCulture), count.Rejected);
            Assert.True(count.Reconciles);
        }
    }

    [Fact]
    public async Task Scorecard_files_hold_the_rows_of_their_year()
    {
        foreach (var year in new[] { 2020, 2025 })
        {
            var rows = await ScorecardReader.ReadAsync(Path.Combine(_result.RunDirectory, $"scorecard_{year}.parquet"));
            Assert.Equal(_result.Rows.Where(r => r.Year == year).ToList(), rows);
        }
    }
}
