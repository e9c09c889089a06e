using MasterPlanEval.Core.Errors;
using MasterPlanEval.Scorecards;

namespace MasterPlanEval.Cli.Pipeline;

/// <summary>
/// The folder of one run. Files are written to a hidden temporary folder beside it, which is renamed
/// into place only when everything is written: a crash leaves no half run, and no run replaces another.
/// The run id is claimed before any file is written, by creating <c>.&lt;run id&gt;.claim</c> in the output folder,
/// which fails when the file exists: runs started at once with the same id get one id each (a suffix -2, -3, …).
/// The claim and the temporary folder record their owner (<see cref="RunOwner"/>), so the next run in the folder
/// removes those of a killed run (<see cref="AbandonedRuns"/>).
/// </summary>
public sealed class RunFolder
{
    /// <summary>The owner record inside the temporary folder; removed just before the folder is moved into place.</summary>
    public const string OwnerFile = ".owner";

    // Far more than runs that can start in one second with one identity; stops a loop on a folder that refuses claims.
    private const int MaxSuffix = 10_000;

    private readonly string _claimPath;

    private RunFolder(string outDirectory, string runId)
    {
        RunId = runId;
        FinalPath = Path.Combine(outDirectory, runId);
        TempPath = Path.Combine(outDirectory, $".{runId}.tmp-{Guid.NewGuid():N}");
        _claimPath = ClaimPath(outDirectory, runId);
    }

    public string RunId { get; }

    public string FinalPath { get; }

    public string TempPath { get; }

    /// <summary>
    /// Claims a run id made of the start time and the first 8 characters of <paramref name="identityHash"/> (a hash of
    /// what defines the run), with a suffix when a finished run or a claim already has it, and creates its temporary folder.
    /// </summary>
    public static RunFolder Create(string outDirectory, DateTimeOffset started, string identityHash)
    {
        try
        {
            Directory.CreateDirectory(outDirectory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new EvaluationException(ErrorCategory.Output, $"cannot create output folder: {ex.Message}", new SourceLocation(outDirectory));
        }

        AbandonedRuns.Remove(outDirectory);
        var owner = RunOwner.Current();
        var baseId = $"{started.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}-{identityHash[..8]}";
        for (var n = 1; n <= MaxSuffix; n++)
        {
            var runId = n == 1 ? baseId : $"{baseId}-{n}";
            var folder = new RunFolder(outDirectory, runId);
            if (Exists(folder.FinalPath) || !TryClaim(folder._claimPath, owner))
            {
                continue;
            }

            // A run that held this id may have finished and released its claim between the check and the claim.
            if (Exists(folder.FinalPath))
            {
                folder.ReleaseClaim();
                continue;
            }

            folder.CreateTemporary(owner);
            return folder;
        }

        throw new EvaluationException(ErrorCategory.Output, $"cannot claim a run id: {baseId} and {MaxSuffix - 1} suffixes are taken", new SourceLocation(outDirectory));
    }

    /// <summary>The claim file of a run id in an output folder.</summary>
    public static string ClaimPath(string outDirectory, string runId) => Path.Combine(outDirectory, $".{runId}.claim");

    public string PathOf(string file) => Path.Combine(TempPath, file);

    /// <summary>Moves the finished temporary folder into place and releases the claim.</summary>
    public void Commit()
    {
        try
        {
            // Removed before the move so the run folder holds only outputs; a run killed in between leaves a folder
            // without an owner, which AbandonedRuns removes after its grace period.
            File.Delete(PathOf(OwnerFile));

            // The claim keeps every run of this tool away from FinalPath; a folder made there by hand is refused here.
            Directory.Move(TempPath, FinalPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new EvaluationException(
                ErrorCategory.Output,
                Exists(FinalPath) ? "run folder already exists; runs never replace one another" : $"cannot move the finished run into place: {ex.Message}",
                new SourceLocation(FinalPath));
        }

        ReleaseClaim();
    }

    /// <summary>Removes the temporary folder and the claim; best effort, so the failure that led here is the one reported.</summary>
    public void Abandon()
    {
        try
        {
            if (Directory.Exists(TempPath))
            {
                Directory.Delete(TempPath, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left with its owner record: the next run removes it once this process is gone.
        }

        ReleaseClaim();
    }

    private static bool Exists(string path) => Directory.Exists(path) || File.Exists(path);

    // FileMode.CreateNew is O_CREAT | O_EXCL (CREATE_NEW on Windows): of runs claiming one id at once, exactly one succeeds.
    private static bool TryClaim(string claimPath, RunOwner owner)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(claimPath, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }
        catch (IOException) when (Exists(claimPath))
        {
            return false;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new EvaluationException(ErrorCategory.Output, $"cannot claim a run id: {ex.Message}", new SourceLocation(claimPath));
        }

        try
        {
            using (stream)
            {
                stream.Write(System.Text.Encoding.UTF8.GetBytes(owner.Format()));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            File.Delete(claimPath);
            throw new EvaluationException(ErrorCategory.Output, $"cannot claim a run id: {ex.Message}", new SourceLocation(claimPath));
        }

        return true;
    }

    private void CreateTemporary(RunOwner owner)
    {
        try
        {
            Directory.CreateDirectory(TempPath);
            AtomicFile.WriteAllText(PathOf(OwnerFile), owner.Format());
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Abandon();
            throw new EvaluationException(ErrorCategory.Output, $"cannot create the run's temporary folder: {ex.Message}", new SourceLocation(TempPath));
        }
    }

    private void ReleaseClaim()
    {
        try
        {
            File.Delete(_claimPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A claim left behind only holds its id until the next run sees this process is gone.
        }
    }
}
