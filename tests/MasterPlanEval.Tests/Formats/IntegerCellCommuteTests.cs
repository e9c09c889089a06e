using MasterPlanEval.Core.Config;
using MasterPlanEval.Core.Facts;
using MasterPlanEval.Core.Mobility;
using MasterPlanEval.Ingest.Readers;
using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Formats;

/// <summary>
/// A grid numbered with integers and a mobility file whose cell columns are integers: ends join as integers, with
/// the same verdicts as text ids — an unknown number is a reject, an empty end or the outside marker is outside the
/// city, and a row whose ends lie in no sub-district is rejected, not dropped.
/// </summary>
public sealed class IntegerCellCommuteTests : IDisposable
{
    // Cells 101 and 102 lie in S1 and S2; 103 is a grid cell whose centroid lies in none.
    private static readonly IReadOnlyDictionary<string, string?> Grid = new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["101"] = "S1",
        ["102"] = "S2",
        ["103"] = null,
    };

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_grid_of_plain_whole_numbers_has_integer_keys_and_an_outside_key_below_the_smallest()
    {
        var table = CellUnits.Table(Grid, SubdistrictNumbers.OfIds(["S1", "S2"]));

        Assert.True(CellUnits.HasIntegerKeys(table));
        Assert.Equal([101L, 102L, 103L], table.Integer(CellUnits.KeyColumn).Select(k => k!.Value));
        Assert.Equal([1L, 2L, null], table.Integer(CellUnits.NumberColumn));
        Assert.Equal(100, CellUnits.OutsideKey(table));
        // A leading zero or a letter makes ids texts: "007" read as 7 would meet another cell.
        Assert.False(CellUnits.HasIntegerKeys(CellUnits.Table(new Dictionary<string, string?> { ["007"] = "S1", ["8"] = "S1" }, SubdistrictNumbers.OfIds(["S1"]))));
    }

    [Fact]
    public async Task Integer_ends_are_located_checked_and_counted_like_text_ones()
    {
        var path = Path.Combine(_temp.Path, "commutes.parquet");
        await new ParquetTable()
            .Int("year", [2020, 2020, 2020, 2020, 2020, 2020])
            .Long("home_cell", [101, 101, 999, 103, null, 0])
            .Long("work_cell", [102, null, 101, null, null, 102])
            .Double("minutes", [30, 40, 30, 30, 30, 20])
            .Text("mode", ["bus", "car", "bus", "bus", "bus", "walk"])
            .WriteAsync(path);
        var spec = new InputSpec(Datasets.Mobility, path, null, null) with { OutsideMarker = "0" };
        var table = CellUnits.Table(Grid, SubdistrictNumbers.OfIds(["S1", "S2"]));

        Assert.True(CommuteEnds.For(table, MobilityReader.Open(spec)).JoinOnIntegers);
        var (check, accepted) = CommuteReading.Read(spec, Grid);

        Assert.Equal((6L, 3L, 3L), (check.Count.Read, check.Count.Accepted, check.Count.Rejected));
        Assert.Equal(
            [
                ("row 3", "home_cell", "unknown cell '999' (not a cell of population_grid; an end outside the city is empty or '0')"),
                ("row 4", "home_cell", "neither home_cell nor work_cell lies in a sub-district"),
                ("row 5", "home_cell", "home_cell and work_cell are both empty or '0': a commute needs an end in the city"),
            ],
            check.Rejects.Select(r => (r.Row, r.Field, r.Reason)));
        // Row 6's home is the outside marker 0: a commute from outside the city to S2.
        Assert.Equal(
            [new AcceptedCommute(2020, "S1", "S2", 30, "bus", 1, null), new AcceptedCommute(2020, "S1", null, 40, "car", 1, null), new AcceptedCommute(2020, null, "S2", 20, "walk", 1, null)],
            accepted);
    }
}
