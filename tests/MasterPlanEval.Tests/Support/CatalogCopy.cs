namespace MasterPlanEval.Tests.Support;

/// <summary>A temporary copy of the shipped indicator catalog that a test may edit.</summary>
public sealed class CatalogCopy : IDisposable
{
    private readonly TempDirectory _temp = new();

    public CatalogCopy()
    {
        foreach (var file in Directory.GetFiles(RepoPaths.Catalog, "*.yaml", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(Path, System.IO.Path.GetRelativePath(RepoPaths.Catalog, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Path => _temp.Path;

    /// <summary>Rewrites one file (path relative to the catalog) and returns its full path.</summary>
    public string Edit(string file, Func<string, string> change)
    {
        var path = System.IO.Path.Combine(Path, file);
        var text = File.ReadAllText(path);
        var changed = change(text);
        Assert.NotEqual(text, changed);
        File.WriteAllText(path, changed);
        return path;
    }

    public void Dispose() => _temp.Dispose();
}
