namespace MasterPlanEval.Ingest.Crs;

/// <summary>The .prj beside a Shapefile: the CRS as ESRI WKT1. No .prj, no declaration.</summary>
internal static class ShapefilePrj
{
    private static readonly string[] Extensions = [".prj", ".PRJ"];

    public static DeclaredCrs? Read(string shpPath)
    {
        var prj = Extensions.Select(e => Path.ChangeExtension(shpPath, e)).FirstOrDefault(File.Exists);
        if (prj is null)
        {
            return null;
        }

        var source = $"its {Path.GetFileName(prj)}";
        try
        {
            var wkt = File.ReadAllText(prj);
            return string.IsNullOrWhiteSpace(wkt) ? null : DeclaredCrs.Of(source, WktCrs.Parse(wkt));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new DeclaredCrs(source, null, $"it cannot be read: {ex.Message.Split('\n', 2)[0].Trim()}");
        }
    }
}
