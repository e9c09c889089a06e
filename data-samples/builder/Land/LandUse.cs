using NetTopologySuite.Geometries;

namespace MasterPlanEval.SampleBuilder.Land;

/// <summary>
/// The parcel layer and its deliberate edge cases: the parcel written as a bow-tie (self-intersecting) in
/// one year, the parcel that crosses the Dongcheng–Xicheng border, and the parcel reaching outside the city.
/// </summary>
public sealed record LandUse(
    IReadOnlyList<Parcel> Parcels,
    IReadOnlyList<ClassChange> Changes,
    string BowTieParcelId,
    int BowTieYear,
    string CrossingParcelId,
    string OutsideParcelId,
    Coordinate NewParkSite);
