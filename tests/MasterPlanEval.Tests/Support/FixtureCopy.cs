namespace MasterPlanEval.Tests.Support;

/// <summary>A temporary copy of a fixture folder that a test may edit; the catalog path is made absolute.</summary>
public sealed class FixtureCopy : IDisposable
{
    private readonly TempDirectory _temp = new();

    public FixtureCopy(string fixture)
    {
        foreach (var file in Directory.GetFiles(RepoPaths.Fixture(fixture)))
        {
            File.Copy(file, System.IO.Path.Combine(_temp.Path, System.IO.Path.GetFileName(file)));
        }

        Edit("evaluation.yaml", text => System.Text.RegularExpressions.Regex.Replace(
            text, "^catalog:.*$", $"catalog: {RepoPaths.Catalog}", System.Text.RegularExpressions.RegexOptions.Multiline));
    }

    public string Path => _temp.Path;

    public string Config => System.IO.Path.Combine(Path, "evaluation.yaml");

    public string Out => System.IO.Path.Combine(Path, "out");

    public void Edit(string file, Func<string, string> change)
    {
        var path = System.IO.Path.Combine(Path, file);
        File.WriteAllText(path, change(File.ReadAllText(path)));
    }

    /// <summary>
    /// Replaces the rest of an input's line in evaluation.yaml, from its file name on, with <paramref name="setting"/>
    /// ("census.csv, year: 2020" gives <c>census: { path: census.csv, year: 2020 }</c>).
    /// </summary>
    public void SetInput(string setting)
    {
        var file = setting[..setting.IndexOf(',', StringComparison.Ordinal)];
        Edit("evaluation.yaml", t => System.Text.RegularExpressions.Regex.Replace(
            t, $"{System.Text.RegularExpressions.Regex.Escape(file)}\\b.*}}", setting + " }"));
    }

    public void Dispose() => _temp.Dispose();
}
