using System.Runtime.InteropServices;
using MasterPlanEval.Ingest.Sources;

namespace MasterPlanEval.Ingest.Validation;

/// <summary>
/// Where each id was first accepted, year by year, so a second row of an id in one year is rejected naming the
/// first. One table of ids per year rather than one of (id, year) pairs: string keys alone hash several times
/// faster, and a file holds few years. The first year's table is sized for <paramref name="rows"/> ids (the file's
/// row count when known, see <see cref="RecordSource.Rows"/>): most files hold one year.
/// </summary>
internal sealed class FirstSeen(int? rows = null)
{
    private readonly Dictionary<int, Dictionary<string, RecordPosition>> _byYear = [];

    public bool TryGet(string id, int year, out RecordPosition first)
    {
        first = default;
        return _byYear.TryGetValue(year, out var ids) && ids.TryGetValue(id, out first);
    }

    public void Add(string id, int year, RecordPosition at) => Ids(year)[id] = at;

    /// <summary>
    /// Adds the id at <paramref name="at"/> unless the year has it: then false, with where it was first. One lookup
    /// for a reader whose duplicate check is its last, so every row that passes it is accepted.
    /// </summary>
    public bool TryAdd(string id, int year, RecordPosition at, out RecordPosition first)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(Ids(year), id, out var exists);
        if (!exists)
        {
            slot = at;
        }

        first = slot;
        return !exists;
    }

    private Dictionary<string, RecordPosition> Ids(int year)
    {
        if (!_byYear.TryGetValue(year, out var ids))
        {
            ids = new Dictionary<string, RecordPosition>(_byYear.Count == 0 ? rows ?? 0 : 0, StringComparer.Ordinal);
            _byYear[year] = ids;
        }

        return ids;
    }
}
