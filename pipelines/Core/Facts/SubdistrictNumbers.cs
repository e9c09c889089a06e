using MasterPlanEval.Core.Model;

namespace MasterPlanEval.Core.Facts;

/// <summary>
/// The small integer each sub-district is known by inside the engine (1, 2, … in ordinal order of its id): the
/// commute ends, the pair sums and the hierarchy join on it, so the 20 M-row scan groups and joins integers and
/// ids come back only when a level's values are read. Every table that carries the number builds it from the same
/// planning units, so the numbers agree without being passed around.
/// </summary>
public sealed class SubdistrictNumbers
{
    private readonly Dictionary<string, long> _numbers;

    private SubdistrictNumbers(IEnumerable<string> ids) =>
        _numbers = ids.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select((id, i) => (id, No: (long)i + 1))
            .ToDictionary(x => x.id, x => x.No, StringComparer.Ordinal);

    public static SubdistrictNumbers Of(IEnumerable<PlanningUnit> units) =>
        new(units.Where(u => u.Level == UnitLevel.Subdistrict).Select(u => u.Id));

    /// <summary>The numbers of the sub-districts with these ids (a catalog example's, a test's).</summary>
    public static SubdistrictNumbers OfIds(IEnumerable<string> subdistrictIds) => new(subdistrictIds);

    /// <summary>The number of a sub-district id; null for none (a cell outside every sub-district).</summary>
    public long? Of(string? subdistrictId) => subdistrictId is null ? null : _numbers[subdistrictId];
}
