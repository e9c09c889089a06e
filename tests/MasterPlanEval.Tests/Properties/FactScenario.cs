using System.Globalization;
using System.Text;

namespace MasterPlanEval.Tests.Properties;

/// <summary>
/// Fact rows as the spatial stage hands them to an engine, generated at random: sub-districts
/// <c>s0, s1, …</c> spread over districts <c>d0, d1, …</c> of the city <c>c</c>, rows of two years.
/// Every id is already resolved to a sub-district (a commute end outside the city is null).
/// </summary>
internal sealed record FactScenario(
    IReadOnlyList<string> DistrictOfSubdistrict,
    IReadOnlyList<double> SubdistrictAreasKm2,
    IReadOnlyList<ScenarioCell> Cells,
    IReadOnlyList<ScenarioCensus> Census,
    IReadOnlyList<ScenarioParcel> Land,
    IReadOnlyList<ScenarioCommute> Commutes,
    IReadOnlyList<double> EcoControlShares,
    IReadOnlyList<ScenarioRail> Rail)
{
    public const string CityId = "c";

    public static IReadOnlyList<int> Years { get; } = [2020, 2021];

    public IReadOnlyList<string> Subdistricts => Enumerable.Range(0, DistrictOfSubdistrict.Count).Select(SubdistrictId).ToList();

    public IReadOnlyList<string> Districts => DistrictOfSubdistrict.Distinct().Order(StringComparer.Ordinal).ToList();

    public static string SubdistrictId(int index) => $"s{index}";

    public static string DistrictId(int index) => $"d{index}";

    /// <summary>The sub-district ids a unit of the given level contains (itself for a sub-district).</summary>
    public IReadOnlySet<string> SubdistrictsOf(string level, string unitId) => level switch
    {
        "subdistrict" => new HashSet<string>([unitId], StringComparer.Ordinal),
        "district" => Subdistricts.Where((_, i) => DistrictOfSubdistrict[i] == unitId).ToHashSet(StringComparer.Ordinal),
        "city" => Subdistricts.ToHashSet(StringComparer.Ordinal),
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "unknown level"),
    };

    /// <summary>A compact dump for CsCheck's failure report: enough to rebuild the case by hand.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.Append(inv, $"hierarchy: {string.Join(", ", Subdistricts.Select((s, i) => $"{s}->{DistrictOfSubdistrict[i]}"))}\n");
        text.Append(inv, $"areas: {string.Join(", ", SubdistrictAreasKm2.Select(a => a.ToString("R", inv)))}\n");
        text.Append(inv, $"eco control shares: {string.Join(", ", EcoControlShares.Select(a => a.ToString("R", inv)))}\n");
        foreach (var c in Cells)
        {
            text.Append(inv, $"cell {c.SubdistrictId} {c.Year} residents={c.Residents:R} workers={c.Workers:R} {string.Join(" ", c.Coverage.Select(kv => $"{kv.Key}={kv.Value}"))}\n");
        }

        foreach (var c in Census)
        {
            text.Append(inv, $"census {c.SubdistrictId} {c.Year} residents={c.Residents:R}\n");
        }

        foreach (var p in Land)
        {
            text.Append(inv, $"land {p.SubdistrictId} {p.Year} area={p.AreaKm2:R} eco={p.AreaInEcoRedlineKm2:R} outside_udb={p.AreaOutsideUdbKm2:R} construction={p.Construction} urc={p.UrbanRuralConstruction}\n");
        }

        foreach (var r in Rail)
        {
            text.Append(inv, $"rail {r.SubdistrictId} {r.Year} length={r.LengthKm:R}\n");
        }

        foreach (var c in Commutes)
        {
            text.Append(inv, $"commute {c.Year} {c.HomeSubdistrictId ?? "(outside)"} -> {c.WorkSubdistrictId ?? "(outside)"} minutes={c.Minutes:R} persons={c.Persons:R}\n");
        }

        return text.ToString();
    }
}

/// <summary>A 250 m cell located in a sub-district, with one 0/1 flag per coverage column.</summary>
internal sealed record ScenarioCell(string SubdistrictId, int Year, double Residents, double Workers, IReadOnlyDictionary<string, int> Coverage);

/// <summary>A census row of a sub-district.</summary>
internal sealed record ScenarioCensus(string SubdistrictId, int Year, double Residents);

/// <summary>A parcel piece inside one sub-district, already measured against the control lines.</summary>
internal sealed record ScenarioParcel(
    string SubdistrictId, int Year, double AreaKm2, double AreaInEcoRedlineKm2, double AreaOutsideUdbKm2, int Construction, int UrbanRuralConstruction);

/// <summary>A commute row; a null end lies outside the city.</summary>
internal sealed record ScenarioCommute(int Year, string? HomeSubdistrictId, string? WorkSubdistrictId, double Minutes, double Persons);

/// <summary>A piece of a rail line inside one sub-district, open in the year.</summary>
internal sealed record ScenarioRail(string SubdistrictId, int Year, double LengthKm);
