using MasterPlanEval.Core.Config;
using MasterPlanEval.Core.Model;
using MasterPlanEval.Generator;
using MasterPlanEval.Ingest.Crs;
using MasterPlanEval.Tests.Support;
using NetTopologySuite.Coverage;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Union;
using Parquet;
using Parquet.Meta;

namespace MasterPlanEval.Tests.Generator;

/// <summary>The tiny synthetic city: deterministic, a gap-free partition, consistent datasets, and it runs cleanly.</summary>
public sealed class TinyCityTests(TinyCity tiny) : IClassFixture<TinyCity>
{
    private const double Side = 2500;

    [Fact]
    public async Task The_same_seed_writes_byte_identical_files()
    {
        using var again = new TempDirectory();
        await CityGenerator.GenerateAsync(TinyCity.Options(again.Path), null, CancellationToken.None);

        var expected = GeneratedFiles.Hashes(tiny.City.Directory);
        Assert.Equal(10, expected.Count);
        Assert.Equal(expected, GeneratedFiles.Hashes(again.Path));
    }

    [Fact]
    public async Task Another_seed_gives_another_city()
    {
        using var other = new TempDirectory();
        await CityGenerator.GenerateAsync(TinyCity.Options(other.Path, seed: TinyCity.Seed + 1), null, CancellationToken.None);

        var first = GeneratedFiles.Hashes(tiny.City.Directory);
        var second = GeneratedFiles.Hashes(other.Path);
        Assert.All(["units.geojson", "population_grid.parquet", "land_use.parquet", "facilities.parquet", "commutes.parquet"], f => Assert.NotEqual(first[f], second[f]));
    }

    [Fact]
    public async Task The_commuter_count_changes_only_the_commutes_and_keeps_their_first_rows()
    {
        using var more = new TempDirectory();
        var city = await CityGenerator.GenerateAsync(TinyCity.Options(more.Path, commuters: 2500), null, CancellationToken.None);

        var first = GeneratedFiles.Hashes(tiny.City.Directory);
        var second = GeneratedFiles.Hashes(more.Path);
        Assert.Equal(
            first.Where(f => f.Key is not ("commutes.parquet" or "targets.yaml")),
            second.Where(f => f.Key is not ("commutes.parquet" or "targets.yaml")));
        Assert.Equal(2500L * 3, city.RowCounts[Datasets.Mobility]);
        var rows = await GeneratedFiles.RowsAsync(Path.Combine(more.Path, "commutes.parquet"));
        Assert.Equal(7500, rows.Count);
        var original = await GeneratedFiles.RowsAsync(tiny.PathOf("commutes.parquet"));
        Assert.Equal(original.Take(1000).Select(Describe), rows.Take(1000).Select(Describe));
    }

    [Fact]
    public void Subdistricts_are_valid_and_tile_the_city_square_without_gaps_or_overlaps()
    {
        var units = GeneratedFiles.Features(tiny.PathOf("units.geojson"));
        Assert.Single(units, u => (string)u.Attributes["level"] == "city" && u.Geometry is null);
        Assert.Equal(2, units.Count(u => (string)u.Attributes["level"] == "district" && u.Geometry is null));
        var polygons = GeneratedFiles.Subdistricts(tiny.PathOf("units.geojson")).Select(s => s.Polygon).ToArray();
        Assert.Equal(6, polygons.Length);
        Assert.All(polygons, p => Assert.True(p.IsValid));

        var square = Square(polygons);
        Assert.Equal(Side * Side, square.Area, Side * Side * 1e-12);
        Assert.Equal(square.Area, polygons.Sum(p => p.Area), square.Area * 1e-6);
        var union = CascadedPolygonUnion.Union(polygons);
        Assert.Equal(square.Area, union.Area, square.Area * 1e-6);
        Assert.True(union.SymmetricDifference(square).Area < square.Area * 1e-9);
        Assert.True(CoverageValidator.IsValid(polygons));

        // Shared boundaries: every sub-district meets another along a line, not just at a point.
        Assert.All(polygons, p => Assert.Contains(polygons, q => !ReferenceEquals(p, q) && p.Intersection(q).Length > 0));
    }

    [Fact]
    public void Each_district_is_one_connected_group_of_subdistricts()
    {
        foreach (var district in GeneratedFiles.Subdistricts(tiny.PathOf("units.geojson")).GroupBy(s => s.District))
        {
            Assert.IsType<Polygon>(CoverageUnion.Union(district.Select(s => (NetTopologySuite.Geometries.Geometry)s.Polygon).ToArray()));
        }
    }

    [Fact]
    public async Task Census_equals_the_grid_sum_of_each_subdistrict_within_two_percent()
    {
        var subdistricts = GeneratedFiles.Subdistricts(tiny.PathOf("units.geojson"));
        var factory = new GeometryFactory();
        var sums = new Dictionary<(string, int), double>();
        foreach (var cell in await GeneratedFiles.RowsAsync(tiny.PathOf("population_grid.parquet")))
        {
            var point = factory.CreatePoint(new Coordinate((double)cell["x"]!, (double)cell["y"]!));
            var unit = subdistricts.Where(s => s.Polygon.Covers(point)).Select(s => s.Id).Order(StringComparer.Ordinal).First();
            var key = (unit, (int)cell["year"]!);
            sums[key] = sums.GetValueOrDefault(key) + (double)cell["residents"]!;
        }

        var census = GeneratedFiles.Census(tiny.PathOf("census.csv"));
        Assert.Equal(6 * 3, census.Count);
        Assert.All(census, c => Assert.InRange(c.Residents, (sums[(c.UnitId, c.Year)] * 0.98) - 1, (sums[(c.UnitId, c.Year)] * 1.02) + 1));
    }

    [Fact]
    public async Task Facilities_cover_every_type_and_control_lines_every_kind()
    {
        var facilities = await GeneratedFiles.RowsAsync(tiny.PathOf("facilities.parquet"));
        Assert.Equal(40, facilities.Count);
        Assert.Equal(FacilityTypes.All.Order(StringComparer.Ordinal), facilities.Select(f => (string)f["type"]!).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(facilities.Count, facilities.Select(f => f["facility_id"]).Distinct().Count());

        var lines = GeneratedFiles.Features(tiny.PathOf("control_lines.geojson"));
        Assert.Equal(["eco_control_area", "eco_redline", "urban_development_boundary"], lines.Select(l => (string)l.Attributes["kind"]).Distinct().Order(StringComparer.Ordinal));
        Assert.All(lines, l => Assert.True(l.Geometry.IsValid && l.Geometry.Area > 0));
        // The ecological control area is the city outside the development boundary: together they tile the
        // square, less the slivers under a hectare that are dropped.
        double Area(string kind) => lines.Where(l => (string)l.Attributes["kind"] == kind).Sum(l => l.Geometry.Area);
        var square = Square(GeneratedFiles.Subdistricts(tiny.PathOf("units.geojson")).Select(s => s.Polygon).ToArray()).Area;
        Assert.Equal(square, Area("eco_control_area") + Area("urban_development_boundary"), square * 0.001);
    }

    [Fact]
    public void Rail_lines_are_the_ten_radials_and_three_rings_the_stations_lie_on()
    {
        var lines = GeneratedFiles.Features(tiny.PathOf("rail_lines.geojson"));
        Assert.Equal(13, lines.Count);
        Assert.All(lines, l => Assert.True(l.Geometry is LineString { Length: > 0 }));
        // Ring lines close on themselves: 65 vertices, the last repeating the first.
        Assert.Equal(3, lines.Count(l => ((LineString)l.Geometry).IsClosed));
    }

    [Fact]
    public async Task Commutes_are_one_row_per_commuter_with_plausible_times_and_a_few_working_outside()
    {
        var rows = await GeneratedFiles.RowsAsync(tiny.PathOf("commutes.parquet"));
        Assert.Equal(3000, rows.Count);
        Assert.Equal([2020, 2023, 2024], rows.Select(r => (int)r["year"]!).Distinct().Order());
        Assert.All(rows, r =>
        {
            Assert.NotNull(r["home_cell"]);
            Assert.InRange((double)r["minutes"]!, 1, 300);
            Assert.Contains((string)r["mode"]!, CommuteModes.All);
            Assert.Equal(1.0, (double)r["persons"]!);
            Assert.True((double)r["distance_km"]! > 0);
        });
        Assert.InRange(rows.Count(r => r["work_cell"] is null) / (double)rows.Count, 0.01, 0.06);
    }

    [Fact]
    public async Task Commute_modes_are_dictionary_encoded_and_cell_numbers_are_not()
    {
        await using var reader = await ParquetReader.CreateAsync(tiny.PathOf("commutes.parquet"), null, CancellationToken.None);
        var chunks = reader.Metadata!.RowGroups.SelectMany(g => g.Columns).GroupBy(c => c.MetaData!.PathInSchema.Single());
        var dictionary = chunks.Where(g => g.All(c => c.MetaData!.Encodings.Contains(Encoding.PLAIN_DICTIONARY))).Select(g => g.Key).Order(StringComparer.Ordinal);
        Assert.Equal(["mode"], dictionary);
    }

    [Fact]
    public void The_city_lies_on_Beijing()
    {
        CrsRegistry.TryGet("EPSG:4326", out var wgs84);
        CrsRegistry.TryGet("EPSG:4548", out var gaussKruger);
        var (x, y) = new CoordinateTransformer(wgs84, gaussKruger).Transform(116.3975, 39.9087);
        var square = Square(GeneratedFiles.Subdistricts(tiny.PathOf("units.geojson")).Select(s => s.Polygon).ToArray());
        Assert.True(square.Distance(new GeometryFactory().CreatePoint(new Coordinate(x, y))) < 5000, $"Tiananmen ({x:F0}, {y:F0}) is far from the city {square.EnvelopeInternal}");
    }

    [Fact]
    public void The_city_runs_through_the_whole_pipeline_without_a_reject_or_repair()
    {
        var counts = tiny.Run.Manifest.Datasets;
        Assert.Equal(Datasets.All.Order(StringComparer.Ordinal), counts.Select(c => c.Dataset).Order(StringComparer.Ordinal));
        Assert.All(counts, c =>
        {
            Assert.True(c.Read > 0, $"{c.Dataset} is empty");
            Assert.Equal(0, c.Rejected);
            Assert.Equal(c.Read, c.Accepted + c.Rejected);
            Assert.Equal(tiny.City.RowCounts[c.Dataset], c.Read);
        });
        Assert.Equal(0, tiny.Run.Manifest.GeometryRepairs);
        Assert.Equal([2020, 2023, 2024], tiny.Run.Rows.Select(r => r.Year).Distinct().Order());
        Assert.Contains(tiny.Run.Rows, r => r.TargetStatus is "met" or "not_met");
        Assert.Contains(tiny.Run.Rows, r => r.TrajectoryStatus is "on_track" or "off_track");
    }

    private static Polygon Square(IEnumerable<Polygon> polygons)
    {
        var envelope = new Envelope();
        foreach (var p in polygons)
        {
            envelope.ExpandToInclude(p.EnvelopeInternal);
        }

        return (Polygon)new GeometryFactory().ToGeometry(envelope);
    }

    private static string Describe(IDictionary<string, object?> row) => string.Join('|', row.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
}
