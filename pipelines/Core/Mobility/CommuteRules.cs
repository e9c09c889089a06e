using MasterPlanEval.Core.Config;
using MasterPlanEval.Core.Validation;

namespace MasterPlanEval.Core.Mobility;

/// <summary>
/// The value rules of the mobility dataset (see docs/data-contract.md): the plausibility limits of its
/// numbers, with any maximum the config moves, and the marker of a commute end outside the city besides an
/// empty one (<c>inputs.mobility.outside_marker</c>, null: empty only).
/// </summary>
public sealed record CommuteRules(ValueLimit Minutes, ValueLimit Persons, ValueLimit DistanceKm, string? OutsideMarker)
{
    public const string OutsideReason = "neither home_cell nor work_cell lies in a sub-district";

    public static CommuteRules For(InputSpec spec) => new(
        InputLimits.Of(spec, CommuteColumns.Minutes),
        InputLimits.Of(spec, CommuteColumns.Persons),
        InputLimits.Of(spec, CommuteColumns.DistanceKm),
        spec.OutsideMarker);

    /// <summary>What follows "unknown cell 'x'": an id no accepted grid cell has is a fault, not a trip out of the city.</summary>
    public string UnknownCellHint => OutsideMarker is null
        ? "not a cell of population_grid; an end outside the city is empty"
        : $"not a cell of population_grid; an end outside the city is empty or '{OutsideMarker}'";

    /// <summary>The reason of a row with both ends outside the city.</summary>
    public string BothOutsideReason => OutsideMarker is null
        ? "home_cell and work_cell are both empty: a commute needs an end in the city"
        : $"home_cell and work_cell are both empty or '{OutsideMarker}': a commute needs an end in the city";
}
