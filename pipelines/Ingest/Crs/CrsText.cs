namespace MasterPlanEval.Ingest.Crs;

/// <summary>
/// A CRS written as text, as a config or a file gives it: a registered name (EPSG:4547, GCJ-02, an OGC URN) or WKT1.
/// The problem, when there is one, is a phrase a message can carry ("unknown CRS 'EPSG:9999'").
/// </summary>
public static class CrsText
{
    public static (CrsDefinition? Crs, string? Problem) Parse(string text) =>
        WktCrs.LooksLikeWkt(text) ? WktCrs.Parse(text)
        : CrsRegistry.TryGet(text, out var registered) ? (registered, null)
        : (null, $"unknown CRS '{text.Trim()}'");

    /// <summary>A CRS text a validated config holds (<see cref="CrsDefinition.ConfigText"/>): it always parses.</summary>
    public static CrsDefinition Validated(string text) =>
        Parse(text).Crs ?? throw new ArgumentException($"not a validated CRS text: {text}", nameof(text));
}
