using MasterPlanEval.Generator;
using MasterPlanEval.Tests.Support;
using NetTopologySuite.Coverage;
using NetTopologySuite.Geometries;

namespace MasterPlanEval.Tests.Generator;

/// <summary>The small scale's units (commuters left out for speed): counts, vertex density, a valid coverage of the square.</summary>
public sealed class SmallCityTests
{
    [Fact]
    public async Task Small_scale_units_tile_the_square_in_contiguous_districts()
    {
        using var folder = new TempDirectory();
        var scale = GeneratorScales.Small;
        var city = await CityGenerator.GenerateAsync(new GeneratorOptions(scale, 3, folder.Path, RepoPaths.Catalog, Commuters: 0), null, CancellationToken.None);

        var subdistricts = GeneratedFiles.Subdistricts(Path.Combine(city.Directory, "units.geojson"));
        Assert.Equal(scale.Subdistricts, subdistricts.Count);
        Assert.Equal(scale.Districts, subdistricts.Select(s => s.District).Distinct().Count());
        Assert.InRange(subdistricts.Average(s => s.Polygon.NumPoints - 1), scale.VerticesPerSubdistrict * 0.8, scale.VerticesPerSubdistrict * 1.2);
        var polygons = subdistricts.Select(s => (NetTopologySuite.Geometries.Geometry)s.Polygon).ToArray();
        Assert.All(polygons, p => Assert.True(p.IsValid));
        Assert.True(CoverageValidator.IsValid(polygons));
        var area = scale.SideKm * scale.SideKm * 1e6;
        Assert.Equal(area, polygons.Sum(p => p.Area), area * 1e-6);
        Assert.Equal(area, CoverageUnion.Union(polygons).Area, area * 1e-6);
        Assert.All(subdistricts.GroupBy(s => s.District), d => Assert.IsType<Polygon>(CoverageUnion.Union(d.Select(s => (NetTopologySuite.Geometries.Geometry)s.Polygon).ToArray())));
        Assert.Equal(0, city.RowCounts["mobility"]);
    }
}
