using System.Text.RegularExpressions;

namespace MasterPlanEval.Cli.Pipeline;

/// <summary>
/// Clears what killed runs left in an output folder: hidden temporary run folders (<c>.&lt;run id&gt;.tmp-&lt;guid&gt;</c>)
/// and run id claims (<c>.&lt;run id&gt;.claim</c>) whose owning process is gone (<see cref="RunOwner.IsAlive"/>).
/// Work of a live run — in this process, another, or on another host sharing the folder — is never touched.
/// </summary>
public static partial class AbandonedRuns
{
    /// <summary>
    /// How long a temporary folder or claim without a readable owner record is left alone. A run writes its record
    /// right after creating either, so only a run killed in that instant (or a folder of a version that wrote no
    /// record) lacks one for longer.
    /// </summary>
    public static TimeSpan Grace { get; } = TimeSpan.FromMinutes(10);

    /// <summary>Removes the leftovers of dead runs in <paramref name="outDirectory"/>; returns the names removed.</summary>
    public static IReadOnlyList<string> Remove(string outDirectory)
    {
        var removed = new List<string>();
        foreach (var entry in Leftovers(outDirectory))
        {
            var owner = ReadOwner(entry is DirectoryInfo ? Path.Combine(entry.FullName, RunFolder.OwnerFile) : entry.FullName);
            var dead = owner is null ? entry.LastWriteTimeUtc < DateTime.UtcNow - Grace : !owner.IsAlive();
            if (dead && TryDelete(entry))
            {
                removed.Add(entry.Name);
            }
        }

        return removed;
    }

    private static List<FileSystemInfo> Leftovers(string outDirectory)
    {
        try
        {
            return new DirectoryInfo(outDirectory).EnumerateFileSystemInfos(".*")
                .Where(e => e is DirectoryInfo ? TemporaryName().IsMatch(e.Name) : ClaimName().IsMatch(e.Name))
                .ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Tidying is a courtesy: the run itself reports a folder it cannot use.
            return [];
        }
    }

    private static RunOwner? ReadOwner(string path)
    {
        try
        {
            return RunOwner.Parse(File.ReadAllText(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static bool TryDelete(FileSystemInfo entry)
    {
        try
        {
            if (entry is DirectoryInfo directory)
            {
                directory.Delete(recursive: true);
            }
            else
            {
                entry.Delete();
            }

            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Another run may be removing it at the same moment, or it is not ours to remove.
            return false;
        }
    }

    [GeneratedRegex(@"^\..+\.tmp-[0-9a-f]{32}$", RegexOptions.CultureInvariant)]
    private static partial Regex TemporaryName();

    [GeneratedRegex(@"^\..+\.claim$", RegexOptions.CultureInvariant)]
    private static partial Regex ClaimName();
}
