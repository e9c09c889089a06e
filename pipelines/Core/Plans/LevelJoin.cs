using MasterPlanEval.Core.Facts;
using MasterPlanEval.Core.Model;

namespace MasterPlanEval.Core.Plans;

/// <summary>
/// How fact rows (keyed by sub-district number) reach the units of a level: through the hierarchy, where each
/// sub-district lies in one district and the city, or through the zone members, where a sub-district lies in
/// any number of zones (a row then counts once in each). <c>h</c> is the row's unit, <c>o</c> its other end's.
/// Both join on integers; the unit's id is what the join gives back.
/// </summary>
internal sealed record LevelJoin(UnitLevel Level)
{
    private bool IsZone => Level == UnitLevel.Zone;

    public string UnitColumn => IsZone ? "h.zone_id" : $"h.{Level.ToText()}_id";

    public string Join(string unitKey) =>
        $"JOIN {(IsZone ? FactSchemas.ZoneMembersTable : FactSchemas.HierarchyTable)} h ON f.{unitKey} = h.{FactSchemas.SubdistrictKey}";

    public string OtherEndJoin(string otherKey) => IsZone
        ? $" LEFT JOIN {FactSchemas.ZoneMembersTable} o ON f.{otherKey} = o.{FactSchemas.SubdistrictKey} AND o.zone_id = h.zone_id"
        : $" LEFT JOIN {FactSchemas.HierarchyTable} o ON f.{otherKey} = o.{FactSchemas.SubdistrictKey}";

    /// <summary>True when the other end lies in the same unit; never for an end outside the city (NULL).</summary>
    public string SameUnit => IsZone ? "o.zone_id IS NOT NULL" : $"{UnitColumn} = o.{Level.ToText()}_id";
}
