using System.Security.Cryptography;
using System.Text;
using MasterPlanEval.Core.Errors;

namespace MasterPlanEval.Cli.Pipeline;

/// <summary>
/// The folder of one run. Files are written to a hidden temporary folder beside it, which is renamed
/// into place only when everything is written: a crash leaves no half run, and no run replaces another.
/// </summary>
public sealed class RunFolder
{
    private RunFolder(string outDirectory, string runId)
    {
        RunId = runId;
        FinalPath = Path.Combine(outDirectory, runId);
        TempPath = Path.Combine(outDirectory, $".{runId}.tmp-{Guid.NewGuid():N}");
    }

    public string RunId { get; }

    public string FinalPath { get; }

    public string TempPath { get; }

    /// <summary>Picks a run id from the start time and a hash of what defines the run; a clash gets a suffix.</summary>
    public static RunFolder Create(string outDirectory, DateTimeOffset started, IEnumerable<string> identity)
    {
        try
        {
            Directory.CreateDirectory(outDirectory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new EvaluationException(ErrorCategory.Output, $"cannot create output folder: {ex.Message}", new Core.Errors.SourceLocation(outDirectory));
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', identity))))[..8];
        var baseId = $"{started.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}-{hash}";
        var runId = baseId;
        for (var n = 2; Directory.Exists(Path.Combine(outDirectory, runId)); n++)
        {
            runId = $"{baseId}-{n}";
        }

        var folder = new RunFolder(outDirectory, runId);
        Directory.CreateDirectory(folder.TempPath);
        return folder;
    }

    public string PathOf(string file) => Path.Combine(TempPath, file);

    public void Commit() => Directory.Move(TempPath, FinalPath);

    public void Abandon()
    {
        if (Directory.Exists(TempPath))
        {
            Directory.Delete(TempPath, recursive: true);
        }
    }
}
