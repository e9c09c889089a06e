using MasterPlanEval.Core.Validation;

namespace MasterPlanEval.Core.Mobility;

/// <summary>The value rules of the mobility dataset (see docs/data-contract.md).</summary>
public static class CommuteRules
{
    public static NumberRange Minutes { get; } = new(0, 300, MinExclusive: true);

    public static NumberRange Persons { get; } = new(0, double.PositiveInfinity, MinExclusive: true);

    public static NumberRange DistanceKm { get; } = new(0, double.PositiveInfinity);

    public const string NotInGridReason = "is a cell of the population grid";

    public const string OutsideReason = "neither home_cell nor work_cell lies in a sub-district";
}
