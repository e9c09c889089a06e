using MasterPlanEval.Core.Config;
using MasterPlanEval.Core.Facts;
using MasterPlanEval.Core.Mobility;
using MasterPlanEval.Engines.DuckDb;
using MasterPlanEval.Ingest.Readers;
using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Formats;

/// <summary>
/// The engine's checks of commute rows (shared SQL, <c>CommuteChecks</c>) on typed Parquet columns, where values
/// arrive as numbers rather than text, and on CSV text: each bad value is rejected at its 1-based row with the field and the reason
/// C# ingest gives other datasets, and a row with neither end in a sub-district is rejected, not dropped.
/// </summary>
public sealed class CommuteChecksTests : IDisposable
{
    private const string Year = "is out of range: must be >= 1949 and <= 2100";
    private const string Minutes = "is out of range: must be > 0 and <= 300 minutes";
    private const string Persons = "is out of range: must be > 0 and <= 200000 per row";
    private const string PersonsAbove = Persons + " (limit of mobility; set inputs.mobility.limits.persons to change)";
    private const string UnknownMode = "unknown mode 'Bus' (known: walk, bike, bus, rail, car, other)";
    private const string BothEmpty = "home_cell and work_cell are both empty: a commute needs an end in the city";

    private static readonly IReadOnlyDictionary<string, string?> CellUnits = CommuteReading.TwoCellsAndOneOutside;

    // The quiet NaN most writers store (numpy, Arrow); .NET's double.NaN has the sign bit set and prints as "-nan".
    private static readonly double NaN = BitConverter.Int64BitsToDouble(0x7FF8000000000000);

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

    // The commutes view filters with bare range comparisons (no finiteness test, no NULLIF on the mode, whole numbers
    // compared as integers), the listing with the full checks; CheckCommutes fails if their counts disagree. At and past
    // every limit (NaN, ±inf, NULL, an empty mode, the bounds themselves) both agree row for row, and each reject keeps
    // the reason of its first failing check: NaN and the infinities are "not a finite number", not out of range.
    [Fact]
    public async Task Edge_values_of_typed_columns_are_accepted_and_rejected_alike_by_the_view_and_the_listing()
    {
        var path = Path.Combine(_temp.Path, "commutes.parquet");
        await new ParquetTable()
            .Long("year", [1949, 2100, null, 1948, 2101, 2020, 2020, 2020, 2020, 2020, 2020, 2020, 2020, 2020, 2020, 2020, 2020, 2020, 2020])
            .Text("home_cell", ["A1", "A2", "A1", "A1", "A1", "A1", "A1", "A1", "A1", "A1", "A1", "A1", "A1", "A1", "A1", "A1", "A1", "A1", null])
            .Text("work_cell", ["A2", null, "A2", "A2", "A2", "A2", "A2", "A2", "A2", "A2", "A2", "A2", "A2", "A2", "A2", "A2", "A2", "A2", null])
            .NullableDouble("minutes", [300, 0.5, 30, 30, 30, NaN, double.PositiveInfinity, double.NegativeInfinity, null, 0, 30, 30, 30, 30, 30, 30, 30, 30, 30])
            .Text("mode", ["bus", "walk", "bus", "bus", "bus", "", "bus", "bus", "bus", "bus", "", null, "bus", "bus", "bus", "bus", "bus", "Bus", "bus"])
            .Long("persons", [200000, null, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 200001, 1, 1, 1, 1, 1])
            .NullableDouble("distance_km", [null, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, NaN, double.NegativeInfinity, double.PositiveInfinity, 500, 1])
            .WriteAsync(path);

        var (check, accepted) = CommuteReading.Read(path, CellUnits);

        Assert.Equal(
            [
                ("row 3", "year", "missing value"),
                ("row 4", "year", $"1948 {Year}"),
                ("row 5", "year", $"2101 {Year}"),
                // Minutes are checked before the mode: NaN, not the empty mode, is the reason.
                ("row 6", "minutes", "nan is not a finite number"),
                ("row 7", "minutes", "inf is not a finite number"),
                ("row 8", "minutes", "-inf is not a finite number"),
                ("row 9", "minutes", "missing value"),
                ("row 10", "minutes", $"0 {Minutes}"),
                ("row 11", "mode", "missing value"),
                ("row 12", "mode", "missing value"),
                ("row 13", "persons", $"0 {Persons}"),
                ("row 14", "persons", $"200001 {PersonsAbove}"),
                ("row 15", "distance_km", "nan is not a finite number"),
                ("row 16", "distance_km", "-inf is not a finite number"),
                ("row 17", "distance_km", "inf is not a finite number"),
                ("row 18", "mode", UnknownMode),
                ("row 19", "home_cell", BothEmpty),
            ],
            check.Rejects.Select(r => (r.Row, r.Field, r.Reason)));
        // Every bound is inside: year 1949 and 2100, minutes 300, persons 200000, distance 0 (and 500 on row 18, rejected for its mode).
        Assert.Equal([new AcceptedCommute(1949, "S1", "S2", 300, "bus", 200000, null), new AcceptedCommute(2100, "S2", null, 0.5, "walk", 1, 0)], accepted);
    }

    [Fact]
    public void Edge_values_of_csv_text_are_accepted_and_rejected_alike_by_the_view_and_the_listing()
    {
        var path = Path.Combine(_temp.Path, "commutes.csv");
        File.WriteAllLines(path, [
            "year,home_cell,work_cell,minutes,mode,persons,distance_km",
            "1949,A1,A2,300,bus,200000,",
            "2100.0,A2,,0.5,walk,,500",
            ",A1,A2,30,bus,1,1",
            "2020.5,A1,A2,30,bus,1,1",
            "2020,A1,A2,NaN,,1,1",
            "2020,A1,A2,inf,bus,1,1",
            "2020,A1,A2,-inf,bus,1,1",
            "2020,A1,A2,abc,bus,1,1",
            "2020,A1,A2,30,,1,1",
            "2020,A1,A2,30,bus,NaN,1",
            "2020,A1,A2,30,bus,inf,1",
            "2020,A1,A2,30,bus,1e-9,-inf",
            "2020,A1,A2,30,bus,1,NaN",
            "2020,A1,A2,30,Bus,1,1",
            "2020,,,30,bus,1,1",
        ]);

        var (check, accepted) = CommuteReading.Read(path, CellUnits);

        Assert.Equal(
            [
                ("line 4", "year", "missing value"),
                ("line 5", "year", "2020.5 is not a whole year"),
                ("line 6", "minutes", "nan is not a finite number"),
                ("line 7", "minutes", "inf is not a finite number"),
                ("line 8", "minutes", "-inf is not a finite number"),
                ("line 9", "minutes", "'abc' is not a number"),
                ("line 10", "mode", "missing value"),
                ("line 11", "persons", "nan is not a finite number"),
                ("line 12", "persons", "inf is not a finite number"),
                ("line 13", "distance_km", "-inf is not a finite number"),
                ("line 14", "distance_km", "nan is not a finite number"),
                ("line 15", "mode", UnknownMode),
                ("line 16", "home_cell", BothEmpty),
            ],
            check.Rejects.Select(r => (r.Row, r.Field, r.Reason)));
        Assert.Equal([new AcceptedCommute(1949, "S1", "S2", 300, "bus", 200000, null), new AcceptedCommute(2100, "S2", null, 0.5, "walk", 1, 500)], accepted);
    }
}
