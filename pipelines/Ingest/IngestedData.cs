using MasterPlanEval.Core.Mobility;
using MasterPlanEval.Core.Model;
using MasterPlanEval.Ingest.Crs;
using MasterPlanEval.Ingest.Validation;
using MasterPlanEval.Ingest.Zones;

namespace MasterPlanEval.Ingest;

/// <summary>
/// Everything the inputs yielded, in the working CRS, with counts, rejects and repairs per dataset. The mobility
/// file is only opened: its counts and rejects come from the engine that reads it.
/// </summary>
public sealed record IngestedData(
    DatasetResult<PlanningUnit> Units,
    DatasetResult<GridCell> Grid,
    DatasetResult<CensusRow> Census,
    DatasetResult<Parcel>? LandUse,
    DatasetResult<Facility>? Facilities,
    CommuteSource? Mobility,
    DatasetResult<ControlLine>? ControlLines,
    DatasetResult<RailLine>? RailLines,
    IReadOnlyList<Zone> Zones)
{
    /// <summary>The CRS each spatial input was read in, from its config or its file (see <see cref="InputCrs"/>).</summary>
    public IReadOnlyDictionary<string, CrsDefinition> InputCrs { get; init; } = new Dictionary<string, CrsDefinition>(StringComparer.Ordinal);

    /// <summary>The accepted planning units and the configured zones: every unit a value can be computed for.</summary>
    public IReadOnlyList<PlanningUnit> AllUnits => Units.Accepted.Concat(Zones.Select(z => z.Unit)).ToList();

    public IReadOnlyList<DatasetCount> Counts => Summaries.Select(s => s.Count).ToList();

    public IReadOnlyList<Reject> Rejects => Summaries.SelectMany(s => s.Rejects).ToList();

    public IReadOnlyList<Reject> Repairs => Summaries.SelectMany(s => s.Repairs).ToList();

    private IEnumerable<(DatasetCount Count, IReadOnlyList<Reject> Rejects, IReadOnlyList<Reject> Repairs)> Summaries =>
        new[]
        {
            Summary(Units), Summary(Grid), Summary(Census), Summary(LandUse), Summary(Facilities), Summary(ControlLines), Summary(RailLines),
        }.OfType<(DatasetCount, IReadOnlyList<Reject>, IReadOnlyList<Reject>)>();

    private static (DatasetCount Count, IReadOnlyList<Reject> Rejects, IReadOnlyList<Reject> Repairs)? Summary<T>(DatasetResult<T>? result) =>
        result is null ? null : (result.Count, result.Rejects, result.Repairs);
}
