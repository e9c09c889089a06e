using MasterPlanEval.Core.Errors;
using MasterPlanEval.Core.Model;
using MasterPlanEval.Core.Plans;
using MasterPlanEval.Indicators.Catalog;

namespace MasterPlanEval.Cli.Commands;

/// <summary><c>catalog list</c> (filter by dimension and level) and <c>catalog show ID</c>.</summary>
public static class CatalogCommand
{
    public static int Execute(CommandLine line, TextWriter output)
    {
        var action = line.Positional.ElementAtOrDefault(1);
        var catalogDir = line.Single("catalog");
        var dimension = action == "list" ? line.Single("dimension") : null;
        var level = action == "list" ? line.Single("level") : null;
        if (action is not ("list" or "show") || (action == "show" && line.Positional.Count < 3))
        {
            throw new EvaluationException(ErrorCategory.Usage, "catalog needs 'list' or 'show ID'");
        }

        Usage.ThrowIfProblems(line, words: action == "list" ? 2 : 3);
        var catalog = CatalogLoader.Load(CatalogLocator.Find(catalogDir));
        if (action == "show")
        {
            Show(output, catalog, catalog.Get(line.Positional[2]));
        }
        else
        {
            List(output, catalog, dimension, level);
        }

        return 0;
    }

    private static void List(TextWriter output, IndicatorCatalog catalog, string? dimension, string? level)
    {
        if (level is not null && !UnitLevels.TryParse(level, out _))
        {
            throw new EvaluationException(ErrorCategory.Usage, $"--level '{level}' is not city, district or subdistrict");
        }

        // A misspelt dimension used to list no indicator, as if the dimension were empty.
        if (dimension is not null && !catalog.Dimensions.Any(d => d.En == dimension || d.Zh == dimension))
        {
            throw new EvaluationException(ErrorCategory.Usage, $"--dimension '{dimension}' is not one of the catalog's dimensions: {string.Join(", ", catalog.Dimensions.Select(d => $"{d.En} ({d.Zh})"))}");
        }

        var rows = catalog.Indicators
            .Where(i => dimension is null || i.Dimension.En == dimension || i.Dimension.Zh == dimension)
            .Where(i => level is null || i.Levels.Contains(UnitLevels.Parse(level)))
            .Select(i => (IReadOnlyList<string>)[i.Id, $"{i.Dimension.Zh} {i.Dimension.En}", i.UnitOfMeasure, i.TargetKind, $"{i.Name.Zh} / {i.Name.En}"])
            .ToList();
        output.WriteLine($"{catalog.Name.Zh} / {catalog.Name.En}, catalog {catalog.Version}: {rows.Count} of {catalog.Indicators.Count} indicators");
        Output.TextTable.Print(output, ["id", "dimension", "unit", "target", "name"], rows);
    }

    private static void Show(TextWriter output, IndicatorCatalog catalog, IndicatorDefinition i)
    {
        output.WriteLine($"{i.Id}  (catalog {catalog.Version})");
        output.WriteLine($"  name:        {i.Name.Zh} / {i.Name.En}");
        output.WriteLine($"  dimension:   {i.Dimension.Zh} / {i.Dimension.En}");
        output.WriteLine($"  unit:        {i.UnitOfMeasure}");
        output.WriteLine($"  levels:      {string.Join(", ", i.Levels.Select(l => l.ToText()))}");
        output.WriteLine($"  direction:   {i.Direction}; target kind: {i.TargetKind}");
        output.WriteLine($"  formula:     {i.Formula}");
        output.WriteLine(catalog.Plans[i.Id].IsCrossYear
            ? $"  computed:    after the engine, from {string.Join(", ", catalog.Plans[i.Id].References.Select(r => FormulaPrinter.Print(r)))}; baseline = the earliest run year with values"
            : "  computed:    by the engine, from fact rows");
        output.WriteLine($"  parameters:  {string.Join(", ", i.Parameters.Select(p => $"{p.Key}={p.Value}"))}");
        output.WriteLine($"  checks:      {i.Checks}");
        output.WriteLine($"  source:      {i.Source}");
        if (i.Description is not null)
        {
            output.WriteLine($"  description: {i.Description}");
        }

        foreach (var example in i.Examples)
        {
            output.WriteLine($"  example:     {example.Name} → {string.Join(", ", example.Expect.Select(e => $"{e.Key}={e.Value?.ToString("G6", System.Globalization.CultureInfo.InvariantCulture) ?? "null"}"))}");
        }
    }
}
