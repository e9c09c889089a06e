namespace MasterPlanEval.Core.Quality;

/// <summary>
/// What the inputs hold for each evaluated year: which inputs have rows at all (<see cref="Available"/>), which
/// sub-districts an input that should cover every sub-district leaves out (<see cref="MissingSubdistricts"/>), and
/// the sub-districts each unit adds up (<see cref="SubdistrictsOf"/>: a sub-district itself, a district's, a zone's,
/// the city's), so a gap in one sub-district can be carried to every unit that contains it.
/// </summary>
public sealed record InputCoverage(
    IReadOnlySet<(string Input, int Year)> Available,
    IReadOnlyDictionary<(string Input, int Year), IReadOnlySet<string>> MissingSubdistricts,
    IReadOnlyDictionary<string, IReadOnlySet<string>> SubdistrictsOf)
{
    public bool Has(string input, int year) => Available.Contains((input, year));

    /// <summary>The same coverage with <paramref name="input"/> available in exactly <paramref name="years"/> (an engine-read input).</summary>
    public InputCoverage WithInput(string input, IEnumerable<int> years) => this with
    {
        Available = Available.Where(a => a.Input != input).Concat(years.Select(y => (input, y))).ToHashSet(),
    };

    /// <summary>The sub-districts of <paramref name="unitId"/> that <paramref name="input"/> leaves out in <paramref name="year"/>.</summary>
    public int MissingIn(string input, int year, string unitId) =>
        MissingSubdistricts.TryGetValue((input, year), out var missing) && SubdistrictsOf.TryGetValue(unitId, out var members)
            ? members.Count(missing.Contains)
            : 0;

    public int SubdistrictCount(string unitId) => SubdistrictsOf.TryGetValue(unitId, out var members) ? members.Count : 0;
}
