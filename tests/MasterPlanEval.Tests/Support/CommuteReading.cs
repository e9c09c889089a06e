using System.Globalization;
using MasterPlanEval.Core.Config;
using MasterPlanEval.Core.Facts;
using MasterPlanEval.Core.Mobility;
using MasterPlanEval.Engines.DuckDb;
using MasterPlanEval.Ingest.Readers;

namespace MasterPlanEval.Tests.Support;

/// <summary>
/// Reads a mobility file the way a run does: MobilityReader checks the header, DuckDB reads and checks the rows
/// against the given grid cells (cell id → sub-district, null: the cell lies in no sub-district).
/// </summary>
public static class CommuteReading
{
    /// <summary>A grid of three cells: A1 and A2 lie in sub-districts S1 and S2; X1 is a grid cell whose centroid lies in none.</summary>
    public static IReadOnlyDictionary<string, string?> TwoCellsAndOneOutside { get; } = new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["A1"] = "S1",
        ["A2"] = "S2",
        ["X1"] = null,
    };

    public static (CommuteCheckResult Check, IReadOnlyList<AcceptedCommute> Accepted) Read(string path, IReadOnlyDictionary<string, string?> cellUnits) =>
        Read(new InputSpec(Datasets.Mobility, path, null, null), cellUnits);

    /// <summary>As above, with the limits and outside marker of <paramref name="spec"/>.</summary>
    public static (CommuteCheckResult Check, IReadOnlyList<AcceptedCommute> Accepted) Read(InputSpec spec, IReadOnlyDictionary<string, string?> cellUnits)
    {
        using var engine = new DuckDbEngine();
        var subdistricts = cellUnits.Values.OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        var table = CellUnits.Table(cellUnits, SubdistrictNumbers.OfIds(subdistricts));
        engine.Load(table);
        var source = MobilityReader.Open(spec);
        engine.LoadCommutes(source, [], CommuteEnds.For(table, source));
        var check = engine.CheckCommutes();
        // The accepted rows as the indicators read them (the inner-join view), ends named back by id.
        var accepted = engine.QueryRows(
                "SELECT year, home_subdistrict_no, work_subdistrict_no, minutes, mode, persons, distance_km FROM commutes ORDER BY row_no")
            .Select(r => new AcceptedCommute(
                Convert.ToInt32(r[0], CultureInfo.InvariantCulture),
                r[1] is null ? null : subdistricts[Convert.ToInt32(r[1], CultureInfo.InvariantCulture) - 1],
                r[2] is null ? null : subdistricts[Convert.ToInt32(r[2], CultureInfo.InvariantCulture) - 1],
                (double)r[3]!,
                (string)r[4]!,
                (double)r[5]!,
                (double?)r[6]))
            .ToList();
        return (check, accepted);
    }

    /// <summary>Every cell as its own sub-district named after it (<c>S-</c> + cell id).</summary>
    public static IReadOnlyDictionary<string, string?> OwnUnits(IEnumerable<string> cellIds) =>
        cellIds.Distinct().ToDictionary(c => c, c => (string?)$"S-{c}", StringComparer.Ordinal);
}

/// <summary>An accepted commute as the engine holds it: each end's sub-district (null: outside the city).</summary>
public sealed record AcceptedCommute(int Year, string? HomeUnit, string? WorkUnit, double Minutes, string Mode, double Persons, double? DistanceKm);
