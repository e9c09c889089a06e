using DuckDB.NET.Data;
using MasterPlanEval.Indicators.Catalog;
using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Golden;

/// <summary>
/// summary_&lt;year&gt;.parquet, read back with DuckDB (an independent reader), counts statuses per unit and
/// TD/T 1063 dimension as the hand-derived expected.csv of the tiny fixture implies.
/// </summary>
public sealed class DimensionSummaryTests(TinyRun run) : IClassFixture<TinyRun>
{
    [Theory]
    [InlineData(2025, "C")]
    [InlineData(2020, "D1")]
    [InlineData(2025, "S3")]
    public void Counts_per_dimension_match_the_expected_statuses(int year, string unit)
    {
        var catalog = CatalogLoader.Load(RepoPaths.Catalog);
        var expected = SimpleCsv.Read(Path.Combine(RepoPaths.Fixture("tiny"), "expected.csv"))
            .Where(r => r["year"] == year.ToString(System.Globalization.CultureInfo.InvariantCulture) && r["unit_id"] == unit)
            .GroupBy(r => catalog.Get(r["indicator_id"]).Dimension.En)
            .ToDictionary(
                g => g.Key,
                g => (Total: g.Count(), Met: g.Count(r => r["target_status"] == "met"), NotMet: g.Count(r => r["target_status"] == "not_met"),
                    OnTrack: g.Count(r => r["trajectory_status"] == "on_track"), OffTrack: g.Count(r => r["trajectory_status"] == "off_track")));

        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        var path = Path.Combine(run.Result.RunDirectory, $"summary_{year}.parquet").Replace("'", "''", StringComparison.Ordinal);
        command.CommandText = $"SELECT dimension_en, indicators, met, not_met, on_track, off_track FROM read_parquet('{path}') WHERE unit_id = '{unit}'";
        using var reader = command.ExecuteReader();
        var actual = new Dictionary<string, (int, int, int, int, int)>();
        while (reader.Read())
        {
            actual[reader.GetString(0)] = (reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5));
        }

        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (dimension, e) in expected)
        {
            Assert.Equal((e.Total, e.Met, e.NotMet, e.OnTrack, e.OffTrack), actual[dimension]);
        }
    }
}
