using MasterPlanEval.Core.Mobility;
using MasterPlanEval.Ingest.Readers;
using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Formats;

/// <summary>
/// Damaged CSV rows are data, not exceptions (contract: a bad row is rejected with its row, field and reason):
/// a malformed quoted field and short rows are rejected one by one, and the rows around them still read.
/// </summary>
public sealed class CsvRecoveryTests : IDisposable
{
    private const string Header = "year,home_cell,work_cell,minutes,mode,persons,distance_km";

    private static readonly IReadOnlyDictionary<string, string?> CellUnits = CommuteReading.OwnUnits(["A1", "A2", "A3", "B1", "E1", "E2"]);

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Malformed_quotes_and_short_rows_become_rejects_and_the_other_rows_are_read()
    {
        var (result, accepted) = Read(
            Header,
            "2020,A1,A2,20,walk,100,0.7",
            "2020,A2,B1,\"30\"x,bike,200,0.8", // text after the closing quote: malformed
            "2020,A3,E1,50", // short: ends before mode
            "2020,A3,E1", // short: ends before minutes
            "2020,B1,\"bus\"x,40,bus,10,1", // malformed quoting in a cell id: an unknown cell, not a trip out of the city
            "2020,E1,E2,40,bus,150,1.3");

        Assert.Equal((6L, 2L, 4L), (result.Count.Read, result.Count.Accepted, result.Count.Rejected));
        Assert.Equal(
            new[]
            {
                new AcceptedCommute(2020, "S-A1", "S-A2", 20, "walk", 100, 0.7),
                new AcceptedCommute(2020, "S-E1", "S-E2", 40, "bus", 150, 1.3),
            },
            accepted);
        Assert.Equal(["line 3", "line 4", "line 5", "line 6"], result.Rejects.Select(r => r.Row));

        var malformed = result.Rejects[0];
        Assert.Equal("minutes", malformed.Field);
        Assert.EndsWith("is not a number", malformed.Reason, StringComparison.Ordinal);

        Assert.Equal(("mode", "missing value"), (result.Rejects[1].Field, result.Rejects[1].Reason));
        Assert.Equal(("minutes", "missing value"), (result.Rejects[2].Field, result.Rejects[2].Reason));
        Assert.Equal("work_cell", result.Rejects[3].Field);
        Assert.StartsWith("unknown cell '", result.Rejects[3].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_quote_is_rejected_naming_the_lines_it_swallowed()
    {
        var (result, accepted) = Read(
            Header,
            "2020,A1,A2,20,walk,100,0.7",
            "2020,A2,B1,\"30,bike,200,0.8", // the quote never closes: CsvHelper reads on to the end of the file
            "2020,A3,E1,50,bus,1,1",
            "2020,E1,E2,40,bus,150,1.3");

        // File lines: 1 header, 2 row 1, 3–5 one quoted field. Nothing vanishes unreported.
        Assert.Equal((2L, 1L, 1L), (result.Count.Read, result.Count.Accepted, result.Count.Rejected));
        var reject = Assert.Single(result.Rejects);
        Assert.Equal(("line 3", "row"), (reject.Row, reject.Field));
        Assert.Equal("a quoted field runs over 3 lines from line 3 (an unclosed quote?): lines 3–5 were read as this one row", reject.Reason);
        Assert.Equal("S-A1", Assert.Single(accepted).HomeUnit);
    }

    [Fact]
    public void An_unclosed_quote_in_the_population_grid_is_rejected_the_same_way()
    {
        var path = Write(
            "population_grid.csv",
            "cell_id,year,x,y,residents,workers",
            "\"A1,2020,450125,4420125,2000,500",
            "A2,2020,450625,4420625,3000,100");

        var result = PopulationGridReader.Read(TinyFixture.Spec("population_grid", path), TinyFixture.Transformer());

        var reject = Assert.Single(result.Rejects);
        Assert.Equal(("line 2", "row"), (reject.Row, reject.Field));
        Assert.StartsWith("a quoted field runs over 2 lines from line 2", reject.Reason, StringComparison.Ordinal);
        Assert.Empty(result.Accepted);
    }

    [Fact]
    public void A_short_population_grid_row_is_rejected_naming_its_first_missing_field()
    {
        var path = Write(
            "population_grid.csv",
            "cell_id,year,x,y,residents,workers",
            "A1,2020,450125,4420125,2000,500",
            "A2,2020,450625,4420625,3000",
            "A3,2020,450875,4420875,1000,2000");

        var result = PopulationGridReader.Read(TinyFixture.Spec("population_grid", path), TinyFixture.Transformer());

        Assert.Equal(["A1", "A3"], result.Accepted.Select(c => c.CellId));
        var reject = Assert.Single(result.Rejects);
        Assert.Equal(("line 3", "workers", "missing value"), (reject.Row, reject.Field, reject.Reason));
    }

    private (CommuteCheckResult Check, IReadOnlyList<AcceptedCommute> Accepted) Read(params string[] lines) =>
        CommuteReading.Read(Write("commutes.csv", lines), CellUnits);

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(_temp.Path, name);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }
}
