using System.Runtime.InteropServices;
using MasterPlanEval.Ingest.Sources;

namespace MasterPlanEval.Ingest.Validation;

/// <summary>
/// Where each id was first accepted, year by year, so a second row of an id in one year is rejected naming the
/// first. One table of ids per year rather than one of (id, year) pairs: keys alone hash several times faster, and
/// a file holds few years. Ids a file stores as whole numbers (a Parquet grid's 64-bit cell ids) are keyed by the
/// number, about three times faster than by its text; the text and the number name the same id, so the verdicts
/// are the same. A table keeps only the row's number: a file counts its records in one unit (see
/// <see cref="RecordPosition"/>), taken back from the row that finds the duplicate, and a table of plain numbers is
/// one the garbage collector never has to scan. The first year's table is sized for <paramref name="rows"/> ids
/// (the file's row count when known, see <see cref="RecordSource.Rows"/>): most files hold one year.
/// </summary>
internal sealed class FirstSeen(int? rows = null)
{
    private readonly ByYear<string> _texts = new(rows, StringComparer.Ordinal);
    private readonly ByYear<long> _wholes = new(rows, null);

    public bool TryGet(string id, int year, RecordPosition at, out RecordPosition first) => _texts.TryGet(id, year, at, out first);

    public void Add(string id, int year, RecordPosition at) => _texts.Add(id, year, at);

    /// <summary>
    /// Adds the id at <paramref name="at"/> unless the year has it: then false, with where it was first. One lookup
    /// for a reader whose duplicate check is its last, so every row that passes it is accepted.
    /// </summary>
    public bool TryAdd(string id, int year, RecordPosition at, out RecordPosition first) => _texts.TryAdd(id, year, at, out first);

    /// <inheritdoc cref="TryAdd(string, int, RecordPosition, out RecordPosition)"/>
    public bool TryAdd(long id, int year, RecordPosition at, out RecordPosition first) => _wholes.TryAdd(id, year, at, out first);

    private sealed class ByYear<TKey>(int? rows, IEqualityComparer<TKey>? comparer)
        where TKey : notnull
    {
        private readonly Dictionary<int, Dictionary<TKey, long>> _byYear = [];

        public bool TryGet(TKey id, int year, RecordPosition at, out RecordPosition first)
        {
            if (_byYear.TryGetValue(year, out var ids) && ids.TryGetValue(id, out var number))
            {
                first = at with { Number = number };
                return true;
            }

            first = default;
            return false;
        }

        public void Add(TKey id, int year, RecordPosition at) => Ids(year)[id] = at.Number;

        public bool TryAdd(TKey id, int year, RecordPosition at, out RecordPosition first)
        {
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(Ids(year), id, out var exists);
            if (!exists)
            {
                slot = at.Number;
            }

            first = at with { Number = slot };
            return !exists;
        }

        private Dictionary<TKey, long> Ids(int year)
        {
            if (!_byYear.TryGetValue(year, out var ids))
            {
                ids = new Dictionary<TKey, long>(_byYear.Count == 0 ? rows ?? 0 : 0, comparer);
                _byYear[year] = ids;
            }

            return ids;
        }
    }
}
