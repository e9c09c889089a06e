using System.Text.RegularExpressions;

namespace MasterPlanEval.Core.Facts;

/// <summary>
/// The fact tables the spatial stage produces and the sources formulas may name. Every table carries
/// <c>year</c> and is keyed by sub-district numbers (<see cref="SubdistrictNumbers"/>), never ids: a key joins the
/// <c>subdistrict_no</c> of the <c>hierarchy</c> table to roll up to districts and the city, and of the
/// <c>zone_members</c> table to roll up to zones.
/// </summary>
public static partial class FactSchemas
{
    public const string HierarchyTable = "hierarchy";
    public const string ScopeTable = "scope";

    /// <summary>Which sub-districts make up each configured zone (zone_id, subdistrict_no); a sub-district may be in several zones.</summary>
    public const string ZoneMembersTable = "zone_members";

    /// <summary>Every accepted grid cell id with the sub-district its centroid lies in (NULL: in none); commute ends join it.</summary>
    public const string CellUnitsTable = "cell_units";

    /// <summary>The accepted commutes, with each end's sub-district (NULL: outside the city).</summary>
    public const string CommutesTable = "commutes";

    /// <summary>The key of a one-ended fact table: the number of the sub-district its row lies in.</summary>
    public const string SubdistrictKey = "subdistrict_no";

    public static FactSource Cells { get; } = new(
        "cells", "cells", SubdistrictKey,
        Set("residents", "workers"), Set("cell_id"), CoverageColumn());

    public static FactSource Census { get; } = new("census", "census", SubdistrictKey, Set("residents"), Set());

    public static FactSource Units { get; } = new("units", "units", SubdistrictKey, Set("area_km2", "area_in_eco_control_km2"), Set());

    public static FactSource Rail { get; } = new("rail", "rail", SubdistrictKey, Set("length_km"), Set("line_id"));

    public static FactSource Land { get; } = new(
        "land", "land", SubdistrictKey,
        Set("area_km2", "area_in_eco_redline_km2", "area_outside_udb_km2", "construction", "urban_rural_construction", "subdistrict_density"),
        Set("parcel_id", "category", "class_code"));

    public static FactSource CommutesByHome { get; } = new(
        "commutes_by_home", CommutesTable, "home_subdistrict_no", CommuteNumbers, CommuteTexts, EndColumn(), OtherUnitKey: "work_subdistrict_no");

    public static FactSource CommutesByWork { get; } = new(
        "commutes_by_work", CommutesTable, "work_subdistrict_no", CommuteNumbers, CommuteTexts, EndColumn(), OtherUnitKey: "home_subdistrict_no");

    public static IReadOnlyDictionary<string, FactSource> Sources { get; } =
        new[] { Cells, Census, Units, Land, Rail, CommutesByHome, CommutesByWork }.ToDictionary(s => s.Name, StringComparer.Ordinal);

    private static IReadOnlySet<string> CommuteNumbers => Set("persons", "minutes", "distance_km");

    private static IReadOnlySet<string> CommuteTexts => Set("mode", "home_cell", "work_cell");

    /// <summary>The id column a number key stands for (subdistrict_no → subdistrict_id, home_subdistrict_no → home_subdistrict_id): how examples name it.</summary>
    public static string IdKeyOf(string numberKey) => numberKey[..^"_no".Length] + "_id";

    /// <summary>Coverage flag column of cells: 1 when the centroid is within the radius of a facility of the type.</summary>
    public static string CoverageColumnName(string facilityType, int radiusMetres) => $"covered_{facilityType}_{radiusMetres}m";

    /// <summary>
    /// A commute column naming a coverage flag of the cell at one end, in the commute's year
    /// (<c>home_covered_rail_station_800m</c>): <paramref name="end"/> is home or work, <paramref name="cellColumn"/>
    /// the cells column. An end outside the city has no cell, so it is never covered.
    /// </summary>
    public static bool TryParseEndColumn(string column, out string end, out string cellColumn)
    {
        var match = EndColumn().Match(column);
        end = match.Success ? match.Groups["end"].Value : string.Empty;
        cellColumn = match.Success ? match.Groups["column"].Value : string.Empty;
        return match.Success;
    }

    /// <summary>Parses a coverage column name back into its facility type and radius.</summary>
    public static bool TryParseCoverageColumn(string column, out string facilityType, out int radiusMetres)
    {
        var match = CoverageColumn().Match(column);
        facilityType = match.Success ? match.Groups["type"].Value : string.Empty;
        radiusMetres = match.Success ? int.Parse(match.Groups["radius"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        return match.Success;
    }

    /// <summary>
    /// The commutes table of a run without a mobility input: no rows, the columns an engine's commutes view has,
    /// so commuting indicators come out without value (zero denominator) instead of failing.
    /// </summary>
    public static FactTable NoCommutes(IReadOnlyList<string> endCoverage) => new(CommutesTable,
    [
        new NumberColumn("year", []),
        new IntegerColumn(CommutesByHome.UnitKey, []),
        new IntegerColumn(CommutesByWork.UnitKey, []),
        .. CommuteTexts.Order(StringComparer.Ordinal).Select(c => new TextColumn(c, [])),
        .. CommuteNumbers.Order(StringComparer.Ordinal).Concat(endCoverage.SelectMany(c => new[] { $"home_{c}", $"work_{c}" })).Select(c => new NumberColumn(c, [])),
    ]);

    /// <summary>The zone membership table from (zone, sub-district) pairs; empty when no zone is configured.</summary>
    public static FactTable ZoneMembers(IReadOnlyList<(string Zone, string Subdistrict)> members, SubdistrictNumbers numbers) => new(ZoneMembersTable,
    [
        new TextColumn("zone_id", members.Select(m => (string?)m.Zone).ToArray()),
        new IntegerColumn(SubdistrictKey, members.Select(m => numbers.Of(m.Subdistrict)).ToArray()),
    ]);

    private static HashSet<string> Set(params string[] names) => new(names, StringComparer.Ordinal);

    [GeneratedRegex("^covered_(?<type>[a-z_]+?)_(?<radius>[0-9]{1,5})m$")]
    private static partial Regex CoverageColumn();

    [GeneratedRegex("^(?<end>home|work)_(?<column>covered_[a-z_]+?_[0-9]{1,5}m)$")]
    private static partial Regex EndColumn();
}
