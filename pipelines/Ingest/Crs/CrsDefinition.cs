namespace MasterPlanEval.Ingest.Crs;

/// <summary>A CRS the tool accepts: geographic lon/lat (possibly GCJ-02 obfuscated) or a projection in metres.</summary>
public sealed record CrsDefinition(string Name, bool IsGeographic, bool IsGcj02, string? ProjectedWkt);
