using MasterPlanEval.Core.Config;
using MasterPlanEval.Core.Errors;
using MasterPlanEval.Core.Yaml;
using MasterPlanEval.Ingest.Crs;

namespace MasterPlanEval.Ingest.Config;

/// <summary>
/// Reads the CRS keys of <c>evaluation.yaml</c>, <c>working_crs</c> and <c>inputs.&lt;dataset&gt;.crs</c>: a registered
/// name, WKT1 text, or the path of a .prj file (relative to the config). What the config keeps is
/// <see cref="CrsDefinition.ConfigText"/>, so the rest of the run never reads a .prj again. An input whose file can
/// declare its own CRS (a geometry file) may leave its crs out; the ingest then takes the file's (see <see cref="InputCrs"/>).
/// </summary>
internal static class CrsKeys
{
    // Grid cells and facilities are x and y columns: nothing in their file says which CRS those are in.
    private static readonly HashSet<string> PointDatasets = new(StringComparer.Ordinal) { Datasets.PopulationGrid, Datasets.Facilities };

    private static readonly HashSet<string> DeclaringExtensions = new(StringComparer.OrdinalIgnoreCase) { ".shp", ".gpkg", ".parquet", ".geojson", ".json" };

    public static string WorkingCrs(YamlMap yaml, string baseDirectory)
    {
        var text = yaml.OptionalString("working_crs");
        if (text is null)
        {
            return EvaluationConfig.DefaultWorkingCrs;
        }

        var (crs, problem) = Read(yaml, "working_crs", text, baseDirectory);
        return crs is { IsGeographic: false }
            ? crs.ConfigText
            : throw yaml.Error("working_crs", $"working_crs {Shown(text, crs)} must be a projected CRS in metres{(problem is null ? string.Empty : $" ({problem})")}: {CrsRegistry.AcceptedProjected}");
    }

    /// <summary>The config text of the input's CRS, or null when its file is to say.</summary>
    public static string? InputCrs(string dataset, YamlMap input, string path, string baseDirectory)
    {
        var text = input.OptionalString("crs");
        if (!Datasets.Spatial.Contains(dataset))
        {
            return text;
        }

        if (text is null)
        {
            return PointDatasets.Contains(dataset) || !DeclaringExtensions.Contains(Path.GetExtension(path))
                ? throw input.Error("crs", $"input '{dataset}' needs a crs ({CrsRegistry.Accepted})")
                : null;
        }

        var (crs, problem) = Read(input, "crs", text, baseDirectory);
        return crs?.ConfigText ?? throw input.Error("crs", IsName(text)
            ? $"{problem} for input '{dataset}' (accepted: {CrsRegistry.Accepted})"
            : $"the crs {Shown(text, null)} of input '{dataset}' is not accepted: {problem} (accepted: {CrsRegistry.Accepted})");
    }

    private static (CrsDefinition? Crs, string? Problem) Read(YamlMap map, string key, string text, string baseDirectory)
    {
        if (!IsPrj(text))
        {
            return CrsText.Parse(text);
        }

        var path = Path.GetFullPath(Path.Combine(baseDirectory, text.Trim()));
        if (InputPath.Problem(path) is { } problem)
        {
            throw map.Error(key, $"the .prj file {problem}: {path}");
        }

        string wkt;
        try
        {
            wkt = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw map.Error(key, $"the .prj file cannot be read ({ex.Message.Split('\n', 2)[0].Trim()}): {path}");
        }

        return WktCrs.Parse(wkt);
    }

    private static bool IsPrj(string text) => !WktCrs.LooksLikeWkt(text) && text.Trim().EndsWith(".prj", StringComparison.OrdinalIgnoreCase);

    private static bool IsName(string text) => !WktCrs.LooksLikeWkt(text) && !IsPrj(text);

    // A name or .prj path is short enough to repeat; a WKT text is called by its own name.
    private static string Shown(string text, CrsDefinition? crs) =>
        !WktCrs.LooksLikeWkt(text) ? $"'{text.Trim()}'" : crs is null ? "(a WKT text)" : $"'{crs.Name}' (a WKT text)";
}
