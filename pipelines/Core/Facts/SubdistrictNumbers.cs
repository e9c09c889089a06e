using MasterPlanEval.Core.Model;

namespace MasterPlanEval.Core.Facts;

/// <summary>
/// The small integer each sub-district is known by inside the engine (1, 2, … in ordinal order of its id): every
/// fact table (cells, census, units, land, rail, the commute ends), the pair sums and the hierarchy and zone joins
/// use it, so every scan groups and joins integers — on any engine: the hierarchy is a small table, a broadcast
/// join — and ids come back only when a level's values are read. Every table that carries the number builds it
/// from the same planning units, so the numbers agree without being passed around.
/// </summary>
public sealed class SubdistrictNumbers
{
    private readonly Dictionary<string, long> _numbers;

    private readonly string[] _ids;

    private SubdistrictNumbers(IEnumerable<string> ids)
    {
        _ids = ids.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        _numbers = _ids.Select((id, i) => (id, No: (long)i + 1)).ToDictionary(x => x.id, x => x.No, StringComparer.Ordinal);
    }

    public static SubdistrictNumbers Of(IEnumerable<PlanningUnit> units) =>
        new(units.Where(u => u.Level == UnitLevel.Subdistrict).Select(u => u.Id));

    /// <summary>The numbers of the sub-districts with these ids (a catalog example's, a test's).</summary>
    public static SubdistrictNumbers OfIds(IEnumerable<string> subdistrictIds) => new(subdistrictIds);

    /// <summary>The number of a sub-district id; null for none (a cell outside every sub-district).</summary>
    public long? Of(string? subdistrictId) => subdistrictId is null ? null : _numbers[subdistrictId];

    /// <summary>The id of a sub-district number: how a check that reports sub-districts reads a fact table back.</summary>
    public string IdOf(long number) => _ids[number - 1];
}
