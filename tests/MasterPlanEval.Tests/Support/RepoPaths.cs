namespace MasterPlanEval.Tests.Support;

/// <summary>Paths inside the repository, found by walking up to MasterPlanEval.sln.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Catalog => Path.Combine(Root, "indicators", "catalog");

    public static string Fixture(string name) => Path.Combine(Root, "tests", "fixtures", name);

    public static string Sample(string name) => Path.Combine(Root, "data-samples", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MasterPlanEval.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("MasterPlanEval.sln not found above the test folder");
    }
}
