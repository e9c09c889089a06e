namespace MasterPlanEval.Ingest.Crs;

/// <summary>
/// A CRS the tool accepts: longitude/latitude on WGS84 or CGCS2000 (possibly GCJ-02 obfuscated), or a Transverse
/// Mercator projection in metres. <see cref="Name"/> is what messages call it (an EPSG code, GCJ-02, or the name a
/// WKT gives), <see cref="Title"/> what it is. <see cref="ZoneHalfWidth"/> is, for a registered zone, how far in
/// longitude from its central meridian it is made to be used (1.5° for 3-degree zones, 3° for 6-degree zones and
/// UTM); null where nobody said (a WKT). <see cref="Registered"/> says <see cref="Name"/> alone gives it back.
/// </summary>
public sealed record CrsDefinition(
    string Name,
    string Title,
    bool IsGeographic,
    bool IsGcj02,
    TransverseMercator? Projection,
    double? ZoneHalfWidth = null,
    bool Registered = false)
{
    public string? ProjectedWkt => Projection?.Wkt(Name);

    /// <summary>"EPSG:4547 (CGCS2000 / 3-degree Gauss-Kruger CM 114E)".</summary>
    public string Description => $"{Name} ({Title})";

    /// <summary>The text that stands for this CRS in a validated config: the registered name, else WKT1 built from its meaning.</summary>
    public string ConfigText => Registered ? Name : ProjectedWkt ?? AcceptedDatum.GeographicWkt(Name);

    /// <summary>Same coordinates for the same place: both lon/lat (GCJ-02 apart) or the same projection, whatever the names.</summary>
    public bool SameMeaning(CrsDefinition other) =>
        IsGeographic == other.IsGeographic
        && IsGcj02 == other.IsGcj02
        && (Projection is null ? other.Projection is null : other.Projection is not null && Projection.SameAs(other.Projection));
}
