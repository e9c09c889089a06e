using MasterPlanEval.Core.Diagnostics;
using MasterPlanEval.Core.Facts;
using MasterPlanEval.Core.Model;
using MasterPlanEval.Spatial;
using NetTopologySuite.Geometries;

namespace MasterPlanEval.Tests.Units;

/// <summary>
/// The spatial stage at a size where it splits work across cores (thousands of cells and parcels): a
/// 100 × 100 m city of four 50 × 50 quadrants, a cell centroid every metre, one park. The answers come
/// from arithmetic on the layout, independent of any index, and must come out in input order.
/// </summary>
public sealed class SpatialStageParallelTests
{
    private const int Year = 2024;
    private static readonly GeometryFactory Factory = new();

    private static readonly SpatialFacts Facts = Run();

    [Fact]
    public void Every_cell_lands_in_its_quadrant_in_input_order()
    {
        var cells = Table(FactSchemas.Cells.Table);
        var units = Subdistricts(cells);
        var ids = cells.Text("cell_id");
        Assert.Equal(10_000, cells.RowCount);
        for (var row = 0; row < cells.RowCount; row++)
        {
            var (i, j) = (row / 100, row % 100);
            Assert.Equal($"c{i}_{j}", ids[row]);
            Assert.Equal(Quadrant(i + 0.5, j + 0.5), units[row]);
        }
    }

    [Fact]
    public void Park_coverage_flags_match_a_brute_force_distance_check()
    {
        var cells = Table(FactSchemas.Cells.Table);
        var flags = cells.Number("covered_park_10m");
        var expected = Enumerable.Range(0, 10_000)
            .Select(row => Math.Pow((row / 100) + 0.5 - 25, 2) + Math.Pow((row % 100) + 0.5 - 25, 2) <= 100 ? 1.0 : 0.0);
        Assert.Equal(expected, flags);
        // Centroids within 10 m of (25, 25): the 316 half-integer lattice points of that disc.
        Assert.Equal(316, flags.Count(f => f == 1));
    }

    [Fact]
    public void Parcels_across_the_middle_split_in_half_and_the_rest_stay_whole()
    {
        var land = Table(FactSchemas.Land.Table);
        var parcels = land.Text("parcel_id");
        var units = Subdistricts(land);
        var areas = land.Number("area_km2");
        // 4,800 whole unit squares plus 100 squares straddling x = 50, each split 0.5 / 0.5 m².
        Assert.Equal(4_800 + 200, land.RowCount);
        var straddling = Enumerable.Range(0, land.RowCount).Where(r => parcels[r]!.StartsWith('m')).ToList();
        Assert.Equal(200, straddling.Count);
        Assert.All(straddling, r => Assert.Equal(0.5e-6, areas[r], 12));
        Assert.Equal(
            Enumerable.Range(0, 100).SelectMany(j => new[] { (Unit: Quadrant(49.5, j + 0.5), Id: $"m{j}"), (Unit: Quadrant(50.5, j + 0.5), Id: $"m{j}") }),
            straddling.Select(r => (Unit: units[r]!, Id: parcels[r]!)));
    }

    private static FactTable Table(string name) => Facts.Tables.Single(t => t.Name == name);

    // The ids of the sub-districts a fact table's rows are keyed by (it holds their numbers).
    private static string?[] Subdistricts(FactTable table) =>
        [.. table.Integer(FactSchemas.SubdistrictKey).Select(no => no is { } n ? Facts.Numbers.IdOf(n) : null)];

    // s1 south-west, s2 south-east, s3 north-west, s4 north-east.
    private static string Quadrant(double x, double y) => (x < 50, y < 50) switch
    {
        (true, true) => "s1",
        (false, true) => "s2",
        (true, false) => "s3",
        _ => "s4",
    };

    private static SpatialFacts Run()
    {
        var units = new List<PlanningUnit>
        {
            new("c", null, UnitLevel.City, new LocalizedName("城", "City"), null),
            new("d", "c", UnitLevel.District, new LocalizedName("区", "District"), null),
            Subdistrict("s1", 0, 0),
            Subdistrict("s2", 50, 0),
            Subdistrict("s3", 0, 50),
            Subdistrict("s4", 50, 50),
        };
        var cells = Enumerable.Range(0, 10_000).Select(row => new GridCell($"c{row / 100}_{row % 100}", Year, (row / 100) + 0.5, (row % 100) + 0.5, 1, 1)).ToList();
        var homes = new LandClass("07", "residential", true, true);
        // 1 m squares tiling x 0 … 48, y 0 … 100 (west of the middle column), each wholly in s1 or s3.
        var whole = Enumerable.Range(0, 4_800).Select(k => new Parcel($"w{k}", Year, "07", homes, Square(k % 48, k / 48, 1)));
        var middle = Enumerable.Range(0, 100).Select(j => new Parcel($"m{j}", Year, "07", homes, Square(49.5, j, 1)));
        return SpatialStage.Run(
            new SpatialInputs(
                units,
                cells,
                [],
                whole.Concat(middle).ToList(),
                [new Facility("p1", "park", 25, 25, null, null)],
                [],
                [],
                [Year],
                [new CoverageRequirement("park", 10)]),
            new NoClock());
    }

    private static PlanningUnit Subdistrict(string id, double x, double y) =>
        new(id, "d", UnitLevel.Subdistrict, new LocalizedName(id, id), Square(x, y, 50));

    private static Polygon Square(double x, double y, double side) => Factory.CreatePolygon(
        [new(x, y), new(x + side, y), new(x + side, y + side), new(x, y + side), new(x, y)]);

    private sealed class NoClock : IStageClock
    {
        public T Time<T>(string stage, Func<T> work, Func<T, long>? rows = null) => work();
    }
}
