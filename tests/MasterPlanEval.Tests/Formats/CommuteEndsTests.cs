using MasterPlanEval.Core.Config;
using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Formats;

/// <summary>
/// Commute ends and limits in the engine's shared SQL checks: an end outside the city is marked explicitly
/// (empty, or the config's outside marker); any other id must be a grid cell, or the row is rejected
/// (<c>unknown cell</c>) rather than read as a trip out of the city; persons, minutes and distance are held
/// to the same plausibility limits as C# ingest, moved by <c>inputs.mobility.limits</c>.
/// </summary>
public sealed class CommuteEndsTests : IDisposable
{
    private const string Header = "year,home_cell,work_cell,minutes,mode,persons,distance_km";

    private static readonly IReadOnlyDictionary<string, string?> CellUnits = CommuteReading.TwoCellsAndOneOutside;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void With_a_marker_an_end_marked_OUT_or_empty_leaves_the_city_and_a_typo_is_rejected()
    {
        var (check, accepted) = Read(
            "OUT",
            "2020,A1,OUT,30,bus,10,12",
            "2020,,A2,30,bus,20,12",
            "2020,A1,A2x,30,bus,40,12",
            "2020,B7,A2,30,bus,80,12",
            "2020,OUT,,30,bus,5,12",
            "2020,X1,OUT,30,bus,5,12");

        Assert.Equal((6L, 2L, 4L), (check.Count.Read, check.Count.Accepted, check.Count.Rejected));
        Assert.Equal(
            [new AcceptedCommute(2020, "S1", null, 30, "bus", 10, 12), new AcceptedCommute(2020, null, "S2", 30, "bus", 20, 12)],
            accepted);
        Assert.Equal(
            [
                ("line 4", "work_cell", "unknown cell 'A2x' (not a cell of population_grid; an end outside the city is empty or 'OUT')"),
                ("line 5", "home_cell", "unknown cell 'B7' (not a cell of population_grid; an end outside the city is empty or 'OUT')"),
                ("line 6", "home_cell", "home_cell and work_cell are both empty or 'OUT': a commute needs an end in the city"),
                ("line 7", "home_cell", "neither home_cell nor work_cell lies in a sub-district"),
            ],
            check.Rejects.Select(r => (r.Row, r.Field, r.Reason)));
    }

    [Fact]
    public void Without_a_marker_only_an_empty_end_is_outside()
    {
        var (check, accepted) = Read(null, "2020,A1,,30,bus,10,12", "2020,A1,OUT,30,bus,10,12");

        Assert.Equal([new AcceptedCommute(2020, "S1", null, 30, "bus", 10, 12)], accepted);
        var reject = Assert.Single(check.Rejects);
        Assert.Equal(
            ("line 3", "work_cell", "unknown cell 'OUT' (not a cell of population_grid; an end outside the city is empty)"),
            (reject.Row, reject.Field, reject.Reason));
    }

    [Fact]
    public void A_typo_in_every_work_cell_rejects_every_row_instead_of_sending_every_job_out_of_the_city()
    {
        var (check, accepted) = Read(null, "2020,A1,a2,30,bus,10,12", "2020,A2,a1,30,bus,10,12", "2020,A1,a1,30,bus,10,12");

        Assert.Empty(accepted);
        Assert.Equal(["work_cell", "work_cell", "work_cell"], check.Rejects.Select(r => r.Field));
    }

    [Fact]
    public void Persons_minutes_and_distance_above_their_limits_are_rejected_naming_the_key_that_moves_them()
    {
        var (check, accepted) = Read(
            null,
            "2020,A1,A2,300,bus,200000,500",
            "2020,A1,A2,301,bus,1,1",
            "2020,A1,A2,30,bus,1e308,1",
            "2020,A1,A2,30,bus,1,5000");

        Assert.Equal([new AcceptedCommute(2020, "S1", "S2", 300, "bus", 200000, 500)], accepted);
        Assert.Equal(
            [
                ("line 3", "minutes", "301 is out of range: must be > 0 and <= 300 minutes (limit of mobility; set inputs.mobility.limits.minutes to change)"),
                ("line 4", "persons", "1e+308 is out of range: must be > 0 and <= 200000 per row (limit of mobility; set inputs.mobility.limits.persons to change)"),
                ("line 5", "distance_km", "5000 is out of range: must be >= 0 and <= 500 km (limit of mobility; set inputs.mobility.limits.distance_km to change)"),
            ],
            check.Rejects.Select(r => (r.Row, r.Field, r.Reason)));
    }

    [Fact]
    public void Limits_in_the_spec_move_the_maxima_the_engine_checks()
    {
        var path = Write("2020,A1,A2,400,bus,300000,800");
        var spec = new InputSpec(Datasets.Mobility, path, null, null, new Dictionary<string, double>
        {
            ["minutes"] = 480,
            ["persons"] = 500_000,
            ["distance_km"] = 1000,
        });

        var (check, accepted) = CommuteReading.Read(spec, CellUnits);

        Assert.Empty(check.Rejects);
        Assert.Equal([new AcceptedCommute(2020, "S1", "S2", 400, "bus", 300000, 800)], accepted);
    }

    private (Core.Mobility.CommuteCheckResult Check, IReadOnlyList<AcceptedCommute> Accepted) Read(string? marker, params string[] rows) =>
        CommuteReading.Read(new InputSpec(Datasets.Mobility, Write(rows), null, null, OutsideMarker: marker), CellUnits);

    private string Write(params string[] rows)
    {
        var path = Path.Combine(_temp.Path, $"commutes-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, string.Join('\n', [Header, .. rows]) + "\n");
        return path;
    }
}
