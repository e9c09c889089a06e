using MasterPlanEval.Core.Config;
using MasterPlanEval.Core.Errors;
using MasterPlanEval.Core.Model;

namespace MasterPlanEval.Ingest.Zones;

/// <summary>Checks the configured zones against the planning units and expands each into its sub-districts.</summary>
public static class ZoneUnits
{
    public static IReadOnlyList<Zone> Resolve(EvaluationConfig config, IReadOnlyList<PlanningUnit> units)
    {
        var byId = units.ToDictionary(u => u.Id, StringComparer.Ordinal);
        var city = units.Single(u => u.Level == UnitLevel.City);
        return config.Zones.Select(zone =>
        {
            if (byId.ContainsKey(zone.Id))
            {
                throw Error(config, $"zone id '{zone.Id}' is already the id of a planning unit");
            }

            var notDistricts = zone.DistrictIds.Where(d => !byId.TryGetValue(d, out var u) || u.Level != UnitLevel.District).ToList();
            if (notDistricts.Count > 0)
            {
                throw Error(config, $"zone '{zone.Id}' names {string.Join(", ", notDistricts.Select(d => $"'{d}'"))}, not a district of planning_units");
            }

            var members = units
                .Where(u => u.Level == UnitLevel.Subdistrict && zone.DistrictIds.Contains(u.ParentId!))
                .Select(u => u.Id)
                .ToList();
            return new Zone(new PlanningUnit(zone.Id, city.Id, UnitLevel.Zone, zone.Name, null), members);
        }).ToList();
    }

    private static EvaluationException Error(EvaluationConfig config, string message) =>
        new(ErrorCategory.Config, message, new SourceLocation(config.ConfigPath, null, "zones"));
}
