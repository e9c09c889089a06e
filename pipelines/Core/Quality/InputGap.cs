namespace MasterPlanEval.Core.Quality;

/// <summary>
/// A unit above the sub-districts whose value adds up sub-districts an input left out: <see cref="Missing"/> of
/// its <see cref="Total"/> sub-districts have no rows of <see cref="Input"/> in the year.
/// </summary>
public sealed record InputGap(string Input, int Missing, int Total)
{
    /// <summary>The scorecard's quality flag, e.g. <c>incomplete(census: 1 of 29 sub-districts missing)</c>.</summary>
    public string Flag() => $"incomplete({Input}: {Missing} of {Total} sub-districts missing)";
}
