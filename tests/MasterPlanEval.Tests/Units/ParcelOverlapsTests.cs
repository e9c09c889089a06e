using System.Text.Json;
using MasterPlanEval.Spatial;
using MasterPlanEval.Tests.Support;
using NetTopologySuite.Geometries;

namespace MasterPlanEval.Tests.Units;

/// <summary>
/// Overlapping parcels of one year: counted (parcels and area, each pair once) so the manifest can say how much
/// land the area sums count twice; neighbours that only share edges or corners, and slivers of at most 1 m², do not count.
/// </summary>
public sealed class ParcelOverlapsTests
{
    private static readonly GeometryFactory Factory = new();

    [Fact]
    public void A_tiling_of_squares_has_no_overlap()
    {
        var tiles = Enumerable.Range(0, 16).Select(k => Box((k % 4) * 100, (k / 4) * 100, 100, 100)).ToList();

        Assert.Equal(new ParcelOverlap(0, 0, null), ParcelOverlaps.Find(tiles));
    }

    [Fact]
    public void Two_parcels_sharing_a_100_by_50_metre_strip_overlap_by_5000_square_metres()
    {
        // 0: x 0..200, y 0..100; 2: x 100..300, y 50..150; shared: x 100..200, y 50..100 = 100 × 50 m. 1 is apart.
        var parcels = new[] { Box(0, 0, 200, 100), Box(400, 0, 100, 100), Box(100, 50, 200, 100) };

        var overlap = ParcelOverlaps.Find(parcels);

        Assert.Equal((2, (0, 2)), (overlap.Parcels, overlap.First));
        Assert.Equal(5000, overlap.AreaM2, 6);
    }

    [Fact]
    public void A_duplicated_geometry_and_a_parcel_inside_another_count_their_whole_area()
    {
        // 0: 0..100 square; 1: the same square again; 2: a 10 × 10 square inside both.
        var parcels = new[] { Box(0, 0, 100, 100), Box(0, 0, 100, 100), Box(20, 20, 10, 10) };

        var overlap = ParcelOverlaps.Find(parcels);

        // Pairs: (0,1) 10,000 + (0,2) 100 + (1,2) 100.
        Assert.Equal((3, 10_200.0), (overlap.Parcels, Math.Round(overlap.AreaM2, 6)));
    }

    [Fact]
    public void Interlocking_l_shapes_that_only_touch_do_not_overlap()
    {
        // No line through an edge separates these two (each wraps a corner of the other): the overlay decides.
        var a = Polygon((0, 0), (200, 0), (200, 100), (100, 100), (100, 200), (0, 200), (0, 0));
        var b = Polygon((200, 0), (300, 0), (300, 300), (0, 300), (0, 200), (100, 200), (100, 100), (200, 100), (200, 0));

        Assert.Equal(new ParcelOverlap(0, 0, null), ParcelOverlaps.Find([a, b]));
    }

    [Fact]
    public void A_sliver_of_half_a_square_metre_does_not_count_but_two_square_metres_do()
    {
        // 100 m long and 5 mm wide (0.5 m²), then 2 cm wide (2 m²).
        Assert.Equal(0, ParcelOverlaps.Find([Box(0, 0, 100, 100), Box(99.995, 0, 100, 100)]).Parcels);
        var overlap = ParcelOverlaps.Find([Box(0, 0, 100, 100), Box(99.98, 0, 100, 100)]);
        Assert.Equal((2, 2.0), (overlap.Parcels, Math.Round(overlap.AreaM2, 6)));
    }

    [Fact]
    public void One_parcel_over_a_hundred_small_ones_overlaps_each_of_them_once()
    {
        // A 1 km square over 100 squares of 10 m: the envelope grid must coarsen for the big one, and still find every pair.
        var small = Enumerable.Range(0, 100).Select(k => Box(((k % 10) * 100) + 45, ((k / 10) * 100) + 45, 10, 10));
        var parcels = small.Prepend(Box(0, 0, 1000, 1000)).ToList();

        var overlap = ParcelOverlaps.Find(parcels);

        Assert.Equal((101, 10_000.0, (0, 1)), (overlap.Parcels, Math.Round(overlap.AreaM2, 6), overlap.First));
    }

    [Fact]
    public void Random_rectangles_give_the_same_count_and_area_as_testing_every_pair()
    {
        var random = new Random(7);
        var parcels = Enumerable.Range(0, 300)
            .Select(_ => Box(random.Next(0, 2000), random.Next(0, 2000), random.Next(1, 150), random.Next(1, 150)))
            .ToList();

        var overlap = ParcelOverlaps.Find(parcels);

        var pairs = new List<(int, int, double)>();
        for (var i = 0; i < parcels.Count; i++)
        {
            for (var j = i + 1; j < parcels.Count; j++)
            {
                var area = parcels[i].Intersection(parcels[j]).Area;
                if (area > ParcelOverlaps.ToleranceM2)
                {
                    pairs.Add((i, j, area));
                }
            }
        }

        Assert.NotEmpty(pairs);
        Assert.Equal(pairs.SelectMany(p => new[] { p.Item1, p.Item2 }).Distinct().Count(), overlap.Parcels);
        Assert.Equal(pairs.Sum(p => p.Item3), overlap.AreaM2, 6);
        Assert.Equal((pairs[0].Item1, pairs[0].Item2), overlap.First);
    }

    [Fact]
    public async Task The_manifest_notes_the_overlapping_parcels_of_a_year()
    {
        using var fixture = new FixtureCopy("tiny");
        // P11 (2025) covers local x 500..700, y 0..100: 0.01 km² over P1 (x 0..600) and nothing of P2 (x 800..1200).
        fixture.Edit("land_use.geojson", t => t.Replace(
            "\n  ]\n}",
            ",\n    {\"type\": \"Feature\", \"properties\": {\"parcel_id\": \"P11\", \"year\": 2025, \"class_code\": \"0701\"}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[450500, 4420000], [450700, 4420000], [450700, 4420100], [450500, 4420100], [450500, 4420000]]]}}\n  ]\n}",
            StringComparison.Ordinal));

        var run = await Pipeline.RunAsync(fixture.Config, fixture.Out);

        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(run.RunDirectory, "manifest.json")));
        var notes = manifest.RootElement.GetProperty("notes").EnumerateArray().Select(n => n.GetString()).ToList();
        Assert.Contains("land_use 2025: 2 parcels overlap others, 0.01 km² counted twice (first: 'P1' and 'P11'); area sums of that year include it", notes);
        Assert.DoesNotContain(notes, n => n!.StartsWith("land_use 2020", StringComparison.Ordinal));
    }

    private static Geometry Box(double x, double y, double width, double height) =>
        Polygon((x, y), (x + width, y), (x + width, y + height), (x, y + height), (x, y));

    private static Geometry Polygon(params (double X, double Y)[] ring) =>
        Factory.CreatePolygon(ring.Select(p => new Coordinate(p.X, p.Y)).ToArray());
}
