using System.Globalization;
using MasterPlanEval.Core.Config;
using MasterPlanEval.Core.Mobility;
using MasterPlanEval.Core.Model;
using MasterPlanEval.Ingest.Readers;
using MasterPlanEval.Ingest.Validation;
using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Formats;

/// <summary>
/// The tiny fixture's population grid and commutes written as typed Parquet (Parquet.Net writer: <c>int</c> year,
/// <c>double</c> measures, string ids, null for an empty home or work cell) and read back through
/// <see cref="PopulationGridReader"/> and <see cref="MobilityReader"/>: the same accepted rows, and the same
/// rejects with the same field and reason, as from the CSV originals. A CSV reject names its file line (header =
/// line 1), a Parquet reject its 1-based row: the fixture CSVs have no blank lines, so line N is row N - 1.
/// </summary>
public sealed class CsvParquetEquivalenceTests : IDisposable
{
    /// <summary>The grid cells the commutes may name: every cell of population_grid.csv.</summary>
    private static readonly IReadOnlyDictionary<string, string?> CellUnits =
        CommuteReading.OwnUnits(TinyFixture.Rows("population_grid.csv").Select(r => r["cell_id"]!));

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Population_grid_csv_reads_all_18_cell_years()
    {
        // The reader only checks fields; X1 (outside every sub-district) is moved to rejects by a later stage.
        var result = ReadGrid(TinyFixture.Source("population_grid.csv"));

        Assert.Equal((18, 18, 0), (result.Read, result.Accepted.Count, result.Rejects.Count));
        Assert.Equal(new GridCell("A1", 2020, 450125, 4420125, 2000, 500), result.Accepted[0]);
    }

    [Fact]
    public async Task Population_grid_parquet_gives_the_same_cells_as_csv()
    {
        var rows = TinyFixture.Rows("population_grid.csv");
        var path = Path.Combine(_temp.Path, "population_grid.parquet");
        await new ParquetTable()
            .Text("cell_id", rows.Select(r => r["cell_id"]).ToList())
            .Int("year", rows.Select(r => Int(r["year"])).ToList())
            .Double("x", rows.Select(r => Double(r["x"])).ToList())
            .Double("y", rows.Select(r => Double(r["y"])).ToList())
            .Double("residents", rows.Select(r => Double(r["residents"])).ToList())
            .Double("workers", rows.Select(r => Double(r["workers"])).ToList())
            .WriteAsync(path);

        var expected = ReadGrid(TinyFixture.Source("population_grid.csv"));
        var actual = ReadGrid(path);

        Assert.Equal(expected.Accepted, actual.Accepted);
        Assert.Equal(AsRows(Positions(expected)), Positions(actual));
        Assert.Equal(expected.Read, actual.Read);
    }

    [Fact]
    public void Commutes_csv_rejects_line_11_for_both_ends_outside_and_line_23_for_an_unknown_cell()
    {
        var (result, accepted) = ReadCommutes(TinyFixture.Source("commutes.csv"));

        Assert.Equal((22L, 20L), (result.Count.Read, result.Count.Accepted));
        Assert.Equal(
            new[]
            {
                ("line 11", "home_cell", "home_cell and work_cell are both empty or 'OUT': a commute needs an end in the city"),
                ("line 23", "home_cell", "unknown cell 'ZZ01' (not a cell of population_grid; an end outside the city is empty or 'OUT')"),
            },
            Positions(result));
        // Row 21 (B1 → OUT) leaves the city: its work end belongs to no unit.
        Assert.Equal(new AcceptedCommute(2025, "S-B1", null, 70, "car", 30, 20), accepted[19]);
    }

    [Fact]
    public async Task Commutes_parquet_gives_the_same_commutes_and_rejects_as_csv()
    {
        var rows = TinyFixture.Rows("commutes.csv");
        var path = Path.Combine(_temp.Path, "commutes.parquet");
        await new ParquetTable()
            .Int("year", rows.Select(r => Int(r["year"])).ToList())
            .Text("home_cell", rows.Select(r => r["home_cell"]).ToList())
            .Text("work_cell", rows.Select(r => r["work_cell"]).ToList())
            .Double("minutes", rows.Select(r => Double(r["minutes"])).ToList())
            .Text("mode", rows.Select(r => r["mode"]).ToList())
            .Double("persons", rows.Select(r => Double(r["persons"])).ToList())
            .Double("distance_km", rows.Select(r => Double(r["distance_km"])).ToList())
            .WriteAsync(path);

        var expected = ReadCommutes(TinyFixture.Source("commutes.csv"));
        var actual = ReadCommutes(path);

        Assert.Equal(expected.Accepted, actual.Accepted);
        Assert.Equal(AsRows(Positions(expected.Check)), Positions(actual.Check));
        Assert.Equal(["row 10", "row 22"], actual.Check.Rejects.Select(r => r.Row));
        Assert.Equal(expected.Check.Count, actual.Check.Count with { File = expected.Check.Count.File });
    }

    private static DatasetResult<GridCell> ReadGrid(string path) =>
        PopulationGridReader.Read(TinyFixture.Spec("population_grid", path), TinyFixture.Transformer());

    // The fixture marks an end outside the city OUT (evaluation.yaml: inputs.mobility.outside_marker).
    private static (CommuteCheckResult Check, IReadOnlyList<AcceptedCommute> Accepted) ReadCommutes(string path) =>
        CommuteReading.Read(new InputSpec(Datasets.Mobility, path, null, null, OutsideMarker: "OUT"), CellUnits);

    private static List<(string Row, string Field, string Reason)> Positions<T>(DatasetResult<T> result) =>
        result.Rejects.Select(r => (r.Row, r.Field, r.Reason)).ToList();

    private static List<(string Row, string Field, string Reason)> Positions(CommuteCheckResult result) =>
        result.Rejects.Select(r => (r.Row, r.Field, r.Reason)).ToList();

    // "line N" of a CSV without blank lines is data row N - 1 (line 1 is the header).
    private static List<(string Row, string Field, string Reason)> AsRows(List<(string Row, string Field, string Reason)> csv) =>
        csv.Select(r => (r.Row.StartsWith("line ", StringComparison.Ordinal) ? $"row {long.Parse(r.Row[5..], CultureInfo.InvariantCulture) - 1}" : r.Row, r.Field, r.Reason)).ToList();

    private static int Int(string? text) => int.Parse(text!, CultureInfo.InvariantCulture);

    private static double Double(string? text) => double.Parse(text!, CultureInfo.InvariantCulture);
}
