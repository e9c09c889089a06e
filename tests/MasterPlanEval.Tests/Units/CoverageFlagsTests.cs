using MasterPlanEval.Core.Model;
using MasterPlanEval.Spatial;

namespace MasterPlanEval.Tests.Units;

/// <summary>
/// <see cref="CoverageFlags"/>: one column per requirement in the order asked, each cell judged with the
/// facilities of its own year. A park and a clinic (opening 2024) stand at the origin; distances are 3-4-5 triangles.
/// </summary>
public sealed class CoverageFlagsTests
{
    private static readonly Facility Park = new("p1", "park", 0, 0, null, "always open");
    private static readonly Facility Clinic = new("c1", "clinic", 0, 0, 2024, "opens 2024");

    private static readonly GridCell[] Cells =
    [
        new("a", 2023, 0, 0, 1, 1), // at both facilities, before the clinic opens
        new("a", 2024, 0, 0, 1, 1),
        new("b", 2024, 360, 480, 1, 1), // 600 m away
        new("c", 2024, 600, 800, 1, 1), // 1,000 m away
    ];

    [Fact]
    public void Columns_follow_the_requirements_types_years_and_radii()
    {
        var columns = CoverageFlags.Columns(
            Cells,
            [Park, Clinic],
            [new("park", 500), new("clinic", 1_000), new("park", 600), new("rail_station", 800)]);

        Assert.Equal(4, columns.Length);
        Assert.Equal([1, 1, 0, 0], columns[0]); // park within 500 m: only at the origin
        Assert.Equal([0, 1, 1, 1], columns[1]); // clinic within 1,000 m (inclusive), from 2024
        Assert.Equal([1, 1, 1, 0], columns[2]); // park within 600 m (inclusive)
        Assert.Equal([0, 0, 0, 0], columns[3]); // no rail station at all
    }

    [Fact]
    public void No_cells_give_empty_columns() =>
        Assert.Equal([[]], CoverageFlags.Columns([], [Park], [new("park", 500)]));
}
