namespace MasterPlanEval.Core.Engines;

/// <summary>Why a cross-year ratio has no value: a report writer must tell a stagnant population from a shrinking one.</summary>
public enum NotMeaningfulReason
{
    /// <summary>|denominator| below the formula's minimum (for SDG 11.3.1: population hardly changed).</summary>
    DenominatorNearZero,

    /// <summary>Numerator and denominator differ in sign (for SDG 11.3.1: land grew while population shrank, or the reverse).</summary>
    OppositeSigns,

    /// <summary>The rates were measured from different baseline years.</summary>
    DifferentPeriods,
}

public static class NotMeaningfulReasons
{
    /// <summary>The quality flag, e.g. <c>not_meaningful(opposite_signs)</c>: it still contains <c>not_meaningful</c> for filters.</summary>
    public static string Flag(this NotMeaningfulReason reason) => reason switch
    {
        NotMeaningfulReason.DenominatorNearZero => "not_meaningful(denominator_near_zero)",
        NotMeaningfulReason.OppositeSigns => "not_meaningful(opposite_signs)",
        NotMeaningfulReason.DifferentPeriods => "not_meaningful(different_periods)",
        _ => throw new ArgumentOutOfRangeException(nameof(reason)),
    };
}
