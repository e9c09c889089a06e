using System.Globalization;
using MasterPlanEval.Core.Facts;

namespace MasterPlanEval.Indicators.Catalog;

/// <summary>
/// Turns a catalog example into fact tables an engine can load: every fact table of the schema (empty
/// where the example gives no rows), with all its sub-districts in one district <c>district</c> of one
/// city <c>city</c>. Missing numbers are 0, missing texts NULL, a missing year is 2020. Examples name a row's
/// sub-district by id (<c>subdistrict_id: a</c>, <c>home_subdistrict_id: a</c>); the table holds the number the
/// engine joins on.
/// </summary>
public static class ExampleFacts
{
    public const string District = "district";
    public const string City = "city";
    public const int DefaultYear = 2020;

    public static IReadOnlyList<FactTable> Build(IndicatorExample example)
    {
        var tables = FactSchemas.Sources.Values.GroupBy(s => s.Table).ToList();
        var unknown = example.Given.Keys.FirstOrDefault(t => tables.All(g => g.Key != t));
        if (unknown is not null)
        {
            throw new ArgumentException($"example '{example.Name}' gives rows for unknown table '{unknown}'", nameof(example));
        }

        var subdistricts = SubdistrictIds(example);
        var numbers = SubdistrictNumbers.OfIds(subdistricts.OfType<string>());
        var facts = tables.Select(g => Table(g.Key, g.ToList(), example.Given.GetValueOrDefault(g.Key) ?? [], numbers)).ToList();
        var years = example.Given.Values.SelectMany(rows => rows).Select(Year).Append(DefaultYear).Distinct().Order().ToList();
        facts.Add(new FactTable(FactSchemas.HierarchyTable,
        [
            new IntegerColumn("subdistrict_no", subdistricts.Select(numbers.Of).ToArray()),
            new TextColumn("subdistrict_id", subdistricts.ToArray()),
            new TextColumn("district_id", subdistricts.Select(_ => (string?)District).ToArray()),
            new TextColumn("city_id", subdistricts.Select(_ => (string?)City).ToArray()),
        ]));
        facts.Add(FactSchemas.ZoneMembers([], numbers));
        var scope = subdistricts.Select(s => ("subdistrict", s)).Append(("district", District)).Append(("city", City))
            .SelectMany(u => years.Select(y => (Level: u.Item1, Unit: u.Item2, Year: y))).ToList();
        facts.Add(new FactTable(FactSchemas.ScopeTable,
        [
            new TextColumn("level", scope.Select(s => (string?)s.Level).ToArray()),
            new TextColumn("unit_id", scope.Select(s => s.Unit).ToArray()),
            new NumberColumn("year", scope.Select(s => (double)s.Year).ToArray()),
        ]));
        return facts;
    }

    private static FactTable Table(
        string name, IReadOnlyList<FactSource> sources, IReadOnlyList<IReadOnlyDictionary<string, string>> rows, SubdistrictNumbers numbers)
    {
        var keys = sources.SelectMany(s => new[] { s.UnitKey, s.OtherUnitKey }).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        var texts = sources.SelectMany(s => s.TextColumns).Distinct().Order(StringComparer.Ordinal).ToList();
        var dynamic = rows.SelectMany(r => r.Keys).Where(k => sources.Any(s => s.DynamicNumberColumns?.IsMatch(k) ?? false));
        var values = sources.SelectMany(s => s.NumberColumns).Concat(dynamic).Distinct().Order(StringComparer.Ordinal).ToList();
        var columns = new List<FactColumn> { new NumberColumn("year", rows.Select(r => (double)Year(r)).ToArray()) };
        columns.AddRange(texts.Select(c => new TextColumn(c, rows.Select(r => r.GetValueOrDefault(c)).ToArray())));
        columns.AddRange(keys.Select(c => new IntegerColumn(c, rows.Select(r => numbers.Of(r.GetValueOrDefault(FactSchemas.IdKeyOf(c)))).ToArray())));
        columns.AddRange(values.Select(c => new NumberColumn(c, rows.Select(r => r.TryGetValue(c, out var v) ? double.Parse(v, CultureInfo.InvariantCulture) : 0).ToArray())));
        return new FactTable(name, columns);
    }

    private static int Year(IReadOnlyDictionary<string, string> row) =>
        row.TryGetValue("year", out var y) ? int.Parse(y, CultureInfo.InvariantCulture) : DefaultYear;

    private static List<string?> SubdistrictIds(IndicatorExample example)
    {
        var keys = FactSchemas.Sources.Values.SelectMany(s => new[] { s.UnitKey, s.OtherUnitKey }).OfType<string>()
            .Select(FactSchemas.IdKeyOf)
            .ToHashSet(StringComparer.Ordinal);
        return example.Given.Values.SelectMany(rows => rows)
            .SelectMany(r => r.Where(kv => keys.Contains(kv.Key)).Select(kv => kv.Value))
            .Concat(example.Expect.Keys.Where(k => k is not District and not City))
            .Where(id => !string.IsNullOrEmpty(id))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .Select(id => (string?)id)
            .ToList();
    }
}
