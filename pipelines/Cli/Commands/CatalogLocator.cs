using MasterPlanEval.Core.Errors;

namespace MasterPlanEval.Cli.Commands;

/// <summary>Finds the shipped catalog (indicators/catalog) from the working folder or the program's folder upward.</summary>
public static class CatalogLocator
{
    public static string Find(string? explicitPath)
    {
        if (explicitPath is not null)
        {
            return Path.GetFullPath(explicitPath);
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "indicators", "catalog");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new EvaluationException(ErrorCategory.Usage, "cannot find indicators/catalog: pass --catalog DIR");
    }
}
