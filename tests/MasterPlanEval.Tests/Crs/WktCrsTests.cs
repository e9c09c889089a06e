using MasterPlanEval.Ingest.Crs;

namespace MasterPlanEval.Tests.Crs;

/// <summary>
/// <see cref="WktCrs"/>: WKT1 as .prj files and EPSG write it is read for its meaning (ESRI names and Gauss_Kruger,
/// authorities, axes), and refused with a reason for what the tool cannot compute in (other datums, projections,
/// units, WKT2, text that does not parse).
/// </summary>
public sealed class WktCrsTests
{
    [Fact]
    public void An_esri_prj_of_cm_114_means_epsg_4547()
    {
        var (crs, problem) = WktCrs.Parse(WktTexts.EsriCgcs2000Cm114);

        Assert.Null(problem);
        Assert.NotNull(crs);
        Assert.Equal("CGCS2000_3_Degree_GK_CM_114E", crs.Name);
        Assert.True(crs.SameMeaning(CrsRegistry.Epsg(4547)!));
        Assert.Equal(new TransverseMercator(114, 1, 500_000, 0), crs.Projection);
        Assert.EndsWith("the same as EPSG:4547", crs.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void An_epsg_wkt_with_its_authority_is_that_code_whatever_its_axis_order()
    {
        var (crs, problem) = WktCrs.Parse(WktTexts.EpsgCgcs2000Cm117);

        Assert.Null(problem);
        Assert.Equal(CrsRegistry.Epsg(4548), crs);
    }

    [Fact]
    public void Parameters_outweigh_an_authority_they_contradict()
    {
        // Claims EPSG:4548 (117°E) but its central meridian is 114°E: the parameters are what the coordinates obey.
        var (crs, _) = WktCrs.Parse(WktTexts.EpsgCgcs2000Cm117.Replace("\"central_meridian\",117", "\"central_meridian\",114", StringComparison.Ordinal));

        Assert.NotNull(crs);
        Assert.Equal("CGCS2000 / 3-degree Gauss-Kruger CM 117E", crs.Name);
        Assert.Equal(114, crs.Projection!.CentralMeridian);
    }

    [Fact]
    public void An_esri_wgs84_prj_is_lon_lat()
    {
        var (crs, problem) = WktCrs.Parse(WktTexts.EsriWgs84);

        Assert.Null(problem);
        Assert.True(crs!.IsGeographic);
        Assert.True(crs.SameMeaning(CrsRegistry.Epsg(4326)!));
    }

    [Fact]
    public void A_local_grid_is_accepted_and_projects_by_its_own_parameters()
    {
        var (crs, problem) = WktCrs.Parse(WktTexts.LocalGrid);
        Assert.Null(problem);
        Assert.Null(CrsRegistry.SameAs(crs!));

        // On its central meridian x is its false easting and y its false northing plus the meridian arc.
        var (x, y) = new CoordinateTransformer(CrsRegistry.Epsg(4326)!, crs!).Transform(116.35, 39.9);

        Assert.Equal(50_000, x, 1e-6);
        Assert.Equal(-4_000_000 + MeridianArc.Metres(39.9), y, 0.001);
    }

    [Fact]
    public void The_config_text_of_a_wkt_gives_it_back()
    {
        var (crs, _) = WktCrs.Parse(WktTexts.LocalGrid);

        var again = CrsText.Validated(crs!.ConfigText);

        Assert.Equal(crs.Name, again.Name);
        Assert.True(crs.SameMeaning(again));
        Assert.Equal("EPSG:4548", CrsText.Validated(WktTexts.EpsgCgcs2000Cm117).ConfigText);
    }

    [Theory]
    [InlineData(WktTexts.Xian1980Cm117, "'Xian 1980 / 3-degree Gauss-Kruger CM 117E': datum 'Xian_1980' (ellipsoid 6378140 m, 1/f 298.257) is not WGS 84 or CGCS2000")]
    [InlineData(
        "GEOGCS[\"WGS 84 shifted\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563],TOWGS84[15.8,-154.4,-82.3,0,0,0,0]],PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]]",
        "datum 'WGS_1984' is shifted from WGS 84")]
    [InlineData(
        "PROJCS[\"WGS 84 / Pseudo-Mercator\",GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563]],PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]],PROJECTION[\"Mercator_1SP\"],PARAMETER[\"central_meridian\",0],PARAMETER[\"scale_factor\",1],PARAMETER[\"false_easting\",0],PARAMETER[\"false_northing\",0],UNIT[\"metre\",1]]",
        "its projection is Mercator_1SP, not Transverse Mercator")]
    [InlineData(
        "PROJCS[\"TM in feet\",GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563]],PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"latitude_of_origin\",0],PARAMETER[\"central_meridian\",117],PARAMETER[\"scale_factor\",1],PARAMETER[\"false_easting\",500000],PARAMETER[\"false_northing\",0],UNIT[\"foot\",0.3048]]",
        "its unit is foot, not the metre")]
    [InlineData("PROJCRS[\"CGCS2000 / 3-degree Gauss-Kruger CM 114E\",BASEGEOGCRS[\"China Geodetic Coordinate System 2000\"]]", "the WKT is WKT2 (PROJCRS[…]), which is not read")]
    [InlineData("PROJCS[\"cut short\",GEOGCS[\"WGS 84\"", "the WKT does not parse")]
    public void What_the_tool_cannot_compute_in_is_refused_with_the_reason(string wkt, string reason)
    {
        var (crs, problem) = WktCrs.Parse(wkt);

        Assert.Null(crs);
        Assert.NotNull(problem);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PROJCS[\"x\"]", true)]
    [InlineData("  GEOGCS[\"x\"]", true)]
    [InlineData("EPSG:4547", false)]
    [InlineData("crs/zone.prj", false)]
    [InlineData("[x]", false)]
    public void Wkt_is_told_from_names_and_paths(string text, bool wkt) => Assert.Equal(wkt, WktCrs.LooksLikeWkt(text));
}
