using MasterPlanEval.Core.Config;
using MasterPlanEval.Core.Facts;
using MasterPlanEval.Core.Mobility;
using MasterPlanEval.Engines.DuckDb;
using MasterPlanEval.Ingest.Readers;
using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Formats;

/// <summary>
/// The engine's checks of commute rows (shared SQL, <c>CommuteChecks</c>) on typed Parquet columns, where values
/// arrive as numbers rather than text: each bad value is rejected at its 1-based row with the field and the reason
/// C# ingest gives other datasets, and a row with neither end in a sub-district is rejected, not dropped.
/// </summary>
public sealed class CommuteChecksTests : IDisposable
{
    private static readonly IReadOnlyDictionary<string, string?> CellUnits = CommuteReading.TwoCellsAndOneOutside;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Typed_parquet_values_out_of_range_are_rejected_with_their_row_field_and_reason()
    {
        var path = Path.Combine(_temp.Path, "commutes.parquet");
        await new ParquetTable()
            .Double("year", [2020, 2020.5, 2020, 2020, 2020, 2020, 2020, 1900, 2020, 2020])
            .Text("home_cell", ["A1", "A1", "A1", "A1", "A1", "A1", "X1", "A1", "A2", "Q9"])
            .Text("work_cell", ["A2", "A2", "A2", "A2", "A2", "A2", null, "A2", null, null])
            .Double("minutes", [30, 30, 0, 30, 30, 30, 30, 30, 12.5, 30])
            .Text("mode", ["bus", "bus", "bus", "ufo", null, "bus", "bus", "bus", "walk", "bus"])
            .Double("persons", [2, 2, 2, 2, 2, -1, 2, 2, 3, 2])
            .Double("distance_km", [4, 4, 4, 4, 4, 4, 4, 4, 0.5, 4])
            .WriteAsync(path);

        var (check, accepted) = CommuteReading.Read(path, CellUnits);

        Assert.Equal((10L, 2L, 8L), (check.Count.Read, check.Count.Accepted, check.Count.Rejected));
        Assert.Equal(
            [
                ("row 2", "year", "2020.5 is not a whole year"),
                ("row 3", "minutes", "0 is out of range: must be > 0 and <= 300 minutes"),
                ("row 4", "mode", "unknown mode 'ufo' (known: walk, bike, bus, rail, car, other)"),
                ("row 5", "mode", "missing value"),
                ("row 6", "persons", "-1 is out of range: must be > 0 and <= 200000 per row"),
                ("row 7", "home_cell", "neither home_cell nor work_cell lies in a sub-district"),
                ("row 8", "year", "1900 is out of range: must be >= 1949 and <= 2100"),
                ("row 10", "home_cell", "unknown cell 'Q9' (not a cell of population_grid; an end outside the city is empty)"),
            ],
            check.Rejects.Select(r => (r.Row, r.Field, r.Reason)));
        Assert.Equal(
            [new AcceptedCommute(2020, "S1", "S2", 30, "bus", 2, 4), new AcceptedCommute(2020, "S2", null, 12.5, "walk", 3, 0.5)],
            accepted);
    }

    [Fact]
    public async Task Numbers_stored_as_text_are_parsed_and_a_missing_persons_column_weighs_each_row_one()
    {
        var path = Path.Combine(_temp.Path, "commutes.parquet");
        await new ParquetTable()
            .Text("year", ["2020", " 2021 ", "20x0"])
            .Text("home_cell", ["A1", "A1", "A1"])
            .Text("work_cell", ["A2", "A2", "A2"])
            .Text("minutes", ["1e1", "abc", "20"])
            .Text("mode", ["rail", "rail", "rail"])
            .WriteAsync(path);

        var (check, accepted) = CommuteReading.Read(path, CellUnits);

        Assert.Equal(
            [("row 2", "minutes", "'abc' is not a number"), ("row 3", "year", "'20x0' is not a number")],
            check.Rejects.Select(r => (r.Row, r.Field, r.Reason)));
        Assert.Equal([new AcceptedCommute(2020, "S1", "S2", 10, "rail", 1, null)], accepted);
    }

    [Fact]
    public async Task An_end_is_covered_from_the_first_year_its_cell_is_covered_and_never_outside_the_grid()
    {
        var path = Path.Combine(_temp.Path, "commutes.parquet");
        await new ParquetTable()
            .Int("year", [2020, 2024, 2024])
            .Text("home_cell", ["A1", "A1", "A2"])
            .Text("work_cell", ["A2", "A2", null])
            .Double("minutes", [30, 30, 30])
            .Text("mode", ["rail", "rail", "rail"])
            .WriteAsync(path);
        using var engine = new DuckDbEngine();
        // A1 is covered from 2020 on, A2 from 2023 on (a station opened then), X1 never.
        var cells = Core.Facts.CellUnits.Table(CommuteReading.TwoCellsAndOneOutside, SubdistrictNumbers.OfIds(["S1", "S2"]));
        var table = new FactTable(cells.Name, [.. cells.Columns, new NumberColumn("covered_rail_station_800m_since", [2020, 2023, double.NaN])]);
        engine.Load(table);

        var source = MobilityReader.Open(new InputSpec(Datasets.Mobility, path, null, null));
        engine.LoadCommutes(source, ["covered_rail_station_800m"], CommuteEnds.For(table, source));

        var flags = engine.QueryRows("SELECT home_covered_rail_station_800m, work_covered_rail_station_800m FROM commutes ORDER BY year, home_cell")
            .Select(r => ((double)r[0]!, (double)r[1]!));
        // 2020: A2 not yet covered; 2024: both; an end outside the city is never covered.
        Assert.Equal([(1.0, 0.0), (1.0, 1.0), (1.0, 0.0)], flags);
    }
}
