using MasterPlanEval.Core.Config;
using MasterPlanEval.Core.Errors;
using MasterPlanEval.Core.Model;
using MasterPlanEval.Ingest.Crs;
using MasterPlanEval.Ingest.Sources;
using MasterPlanEval.Ingest.Validation;

namespace MasterPlanEval.Ingest.Readers;

/// <summary>
/// Reads the planning units. Units are the frame every other dataset hangs on, so any problem here stops
/// the run (with the feature index) instead of becoming a reject.
/// </summary>
public static class PlanningUnitsReader
{
    public static DatasetResult<PlanningUnit> Read(InputSpec spec, CoordinateTransformer transformer)
    {
        var source = InputFileReader.Open(spec, spatial: true);
        var collector = new DatasetCollector<PlanningUnit>(spec);
        var units = new List<PlanningUnit>();
        foreach (var record in source.Records)
        {
            collector.Counted();
            var fields = new FieldReader(record);
            var id = fields.Text("unit_id");
            var levelText = fields.Text("level");
            var parent = fields.OptionalText("parent_id");
            var name = new LocalizedName(fields.Text("name_zh"), fields.Text("name_en"));
            if (!fields.Failed && (!UnitLevels.TryParse(levelText, out var parsed) || parsed == UnitLevel.Zone))
            {
                fields.Fail("level", $"'{levelText}' is not city, district or subdistrict (zones are configured in evaluation.yaml)");
            }

            Stop(spec, record, fields);
            var level = UnitLevels.Parse(levelText);
            var geometry = record.Geometry is null && record.GeometryProblem is null && level != UnitLevel.Subdistrict ? null : Polygon(spec, record, level, transformer, collector);
            var unit = new PlanningUnit(id, parent, level, name, geometry);
            units.Add(unit);
            collector.Accept(unit);
        }

        CheckHierarchy(spec, units);
        return collector.Result();
    }

    private static NetTopologySuite.Geometries.Geometry Polygon(
        InputSpec spec, RawRecord record, UnitLevel level, CoordinateTransformer transformer, DatasetCollector<PlanningUnit> collector)
    {
        if (record.Geometry is { } raw && transformer.SourceIsGeographic && raw.Coordinates.Any(c => !transformer.IsPlausible(c.X, c.Y)))
        {
            throw new EvaluationException(ErrorCategory.Input, $"coordinates are not longitude/latitude: is crs {spec.Crs} right?", new SourceLocation(spec.Path, record.Position, "geometry"));
        }

        var (polygon, problem, repair) = record.GeometryProblem is { } degenerate
            ? (null, degenerate, null)
            : PolygonCheck.Check(record.Geometry is null ? null : transformer.Transform(record.Geometry));
        if (problem is not null)
        {
            throw new EvaluationException(ErrorCategory.Input, $"{level.ToText()} {problem}", new SourceLocation(spec.Path, record.Position, "geometry"));
        }

        if (repair is not null)
        {
            collector.Repaired(record, repair);
        }

        return polygon!;
    }

    private static void Stop(InputSpec spec, RawRecord record, FieldReader fields)
    {
        if (fields.Failed)
        {
            throw new EvaluationException(ErrorCategory.Input, fields.Reason!, new SourceLocation(spec.Path, record.Position, fields.FailedField));
        }
    }

    private static void CheckHierarchy(InputSpec spec, IReadOnlyList<PlanningUnit> units)
    {
        EvaluationException Error(string message) => new(ErrorCategory.Input, message, new SourceLocation(spec.Path));
        var duplicate = units.GroupBy(u => u.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw Error($"unit_id '{duplicate.Key}' appears {duplicate.Count()} times");
        }

        var cities = units.Where(u => u.Level == UnitLevel.City).ToList();
        if (cities.Count != 1)
        {
            throw Error($"expected exactly one unit of level city, found {cities.Count}");
        }

        var byId = units.ToDictionary(u => u.Id);
        foreach (var unit in units.Where(u => u.Level != UnitLevel.City))
        {
            var expected = unit.Level == UnitLevel.District ? UnitLevel.City : UnitLevel.District;
            if (unit.ParentId is null || !byId.TryGetValue(unit.ParentId, out var parent) || parent.Level != expected)
            {
                throw Error($"{unit.Level.ToText()} '{unit.Id}' needs a parent_id naming a {expected.ToText()}, found '{unit.ParentId}'");
            }
        }

        var empty = units.FirstOrDefault(u => u.Level == UnitLevel.District && !units.Any(s => s.ParentId == u.Id));
        if (empty is not null)
        {
            throw Error($"district '{empty.Id}' has no sub-districts");
        }
    }
}
