namespace MasterPlanEval.Tests.Crs;

/// <summary>WKT1 texts as tools write them: ESRI .prj files (ArcGIS, GDAL's ESRI flavour) and EPSG's OGC WKT.</summary>
public static class WktTexts
{
    /// <summary>EPSG:4547 as an ESRI .prj: ESRI names, projection Gauss_Kruger, the CGCS2000 ellipsoid, no authority.</summary>
    public const string EsriCgcs2000Cm114 =
        "PROJCS[\"CGCS2000_3_Degree_GK_CM_114E\",GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\",DATUM[\"D_China_2000\"," +
        "SPHEROID[\"CGCS2000\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]," +
        "PROJECTION[\"Gauss_Kruger\"],PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"False_Northing\",0.0]," +
        "PARAMETER[\"Central_Meridian\",114.0],PARAMETER[\"Scale_Factor\",1.0],PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";

    /// <summary>EPSG:4548 as EPSG's OGC WKT: northing-first axes and authorities.</summary>
    public const string EpsgCgcs2000Cm117 =
        "PROJCS[\"CGCS2000 / 3-degree Gauss-Kruger CM 117E\",GEOGCS[\"China Geodetic Coordinate System 2000\",DATUM[\"China_2000\"," +
        "SPHEROID[\"CGCS2000\",6378137,298.257222101,AUTHORITY[\"EPSG\",\"1024\"]],AUTHORITY[\"EPSG\",\"1043\"]],PRIMEM[\"Greenwich\",0," +
        "AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4490\"]]," +
        "PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"latitude_of_origin\",0],PARAMETER[\"central_meridian\",117]," +
        "PARAMETER[\"scale_factor\",1],PARAMETER[\"false_easting\",500000],PARAMETER[\"false_northing\",0]," +
        "UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],AXIS[\"Northing\",NORTH],AXIS[\"Easting\",EAST],AUTHORITY[\"EPSG\",\"4548\"]]";

    /// <summary>WGS 84 lon/lat as an ESRI .prj.</summary>
    public const string EsriWgs84 =
        "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";

    /// <summary>EPSG:2384, Xian 1980 / 3-degree Gauss-Kruger CM 117E: the IAG 1975 ellipsoid.</summary>
    public const string Xian1980Cm117 =
        "PROJCS[\"Xian 1980 / 3-degree Gauss-Kruger CM 117E\",GEOGCS[\"Xian 1980\",DATUM[\"Xian_1980\",SPHEROID[\"IAG 1975\",6378140,298.257]]," +
        "PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"latitude_of_origin\",0]," +
        "PARAMETER[\"central_meridian\",117],PARAMETER[\"scale_factor\",1],PARAMETER[\"false_easting\",500000],PARAMETER[\"false_northing\",0]," +
        "UNIT[\"metre\",1],AUTHORITY[\"EPSG\",\"2384\"]]";

    /// <summary>A city's own grid: Transverse Mercator at 116°21′E with a false origin near the city (invented for tests).</summary>
    public const string LocalGrid =
        "PROJCS[\"City local grid\",GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\",DATUM[\"D_China_2000\",SPHEROID[\"CGCS2000\",6378137.0,298.257222101]]," +
        "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"False_Easting\",50000.0]," +
        "PARAMETER[\"False_Northing\",-4000000.0],PARAMETER[\"Central_Meridian\",116.35],PARAMETER[\"Scale_Factor\",1.0]," +
        "PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";
}
