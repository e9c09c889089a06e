using System.Diagnostics;
using MasterPlanEval.Cli.Pipeline;
using MasterPlanEval.Core.Errors;
using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Cli;

/// <summary>
/// <see cref="RunFolder"/>: runs that pick one run id at once each get their own, and what killed runs left behind is
/// removed by the next run — only when its owner is gone.
/// </summary>
public sealed class RunFolderTests : IDisposable
{
    private const string Hash = "0123abcd0123abcd";
    private const string BaseId = "20260101T000000Z-0123abcd";

    private static readonly DateTimeOffset Started = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly TempDirectory _out = new();

    public void Dispose() => _out.Dispose();

    [Fact]
    public async Task Runs_claiming_one_run_id_at_once_get_one_id_each()
    {
        using var start = new Barrier(8);
        var folders = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            start.SignalAndWait();
            return RunFolder.Create(_out.Path, Started, Hash);
        })));

        Assert.Equal(
            new[] { BaseId }.Concat(Enumerable.Range(2, 7).Select(n => $"{BaseId}-{n}")).Order(StringComparer.Ordinal),
            folders.Select(f => f.RunId).Order(StringComparer.Ordinal));
        foreach (var folder in folders)
        {
            File.WriteAllText(folder.PathOf("a.txt"), folder.RunId);
            folder.Commit();
        }

        // Only the finished folders remain: no claim, no temporary folder, no owner record inside.
        Assert.Equal(folders.Select(f => f.RunId).Order(StringComparer.Ordinal), Entries());
        Assert.All(folders, f => Assert.Equal(["a.txt"], Directory.GetFiles(f.FinalPath).Select(Path.GetFileName)));
    }

    [Fact]
    public void A_finished_run_folder_and_a_claim_of_a_live_run_each_hold_their_id()
    {
        Directory.CreateDirectory(Path.Combine(_out.Path, BaseId));
        File.WriteAllText(RunFolder.ClaimPath(_out.Path, $"{BaseId}-2"), RunOwner.Current().Format());

        var folder = RunFolder.Create(_out.Path, Started, Hash);

        Assert.Equal($"{BaseId}-3", folder.RunId);
    }

    [Fact]
    public void Commit_refuses_a_run_folder_that_appeared_meanwhile_and_leaves_it_as_it_was()
    {
        var folder = RunFolder.Create(_out.Path, Started, Hash);
        Directory.CreateDirectory(folder.FinalPath);
        File.WriteAllText(Path.Combine(folder.FinalPath, "theirs.txt"), "theirs");

        var error = Assert.Throws<EvaluationException>(folder.Commit);

        Assert.Equal(ErrorCategory.Output, error.Category);
        Assert.Equal($"{folder.FinalPath}: run folder already exists; runs never replace one another", error.OneLine);
        Assert.Equal(["theirs.txt"], Directory.GetFiles(folder.FinalPath).Select(Path.GetFileName));
    }

    [Fact]
    public void Leftovers_of_a_killed_process_are_removed_and_those_of_a_live_one_kept()
    {
        using var live = Sleeper();
        using var killed = Sleeper();
        var killedOwner = RunOwner.Of(killed.Id)!;
        var liveTemp = Leftover("20250101T000000Z-11111111", RunOwner.Of(live.Id)!);
        var killedTemp = Leftover("20250101T000000Z-22222222", killedOwner);
        var killedClaim = RunFolder.ClaimPath(_out.Path, "20250101T000000Z-22222222");
        File.WriteAllText(killedClaim, killedOwner.Format());
        killed.Kill();
        killed.WaitForExit();

        RunFolder.Create(_out.Path, Started, Hash).Abandon();
        live.Kill();

        Assert.True(Directory.Exists(liveTemp));
        Assert.False(Directory.Exists(killedTemp));
        Assert.False(File.Exists(killedClaim));
    }

    [Fact]
    public void A_temporary_folder_of_an_unfinished_run_in_this_process_survives_the_next_run()
    {
        var first = RunFolder.Create(_out.Path, Started, Hash);
        File.WriteAllText(first.PathOf("half.parquet"), "half");

        var second = RunFolder.Create(_out.Path, Started, Hash);

        Assert.Equal(["half.parquet"], Directory.GetFiles(first.TempPath).Select(Path.GetFileName).Where(f => f != RunFolder.OwnerFile));
        Assert.Equal($"{BaseId}-2", second.RunId);
    }

    [Fact]
    public void An_owner_whose_process_id_went_to_another_process_or_to_none_is_gone()
    {
        var current = RunOwner.Current();
        // The id of this process, but another start: the owner died and the system gave its id to this process.
        var reused = Leftover("20250101T000000Z-33333333", current with { StartMark = current.StartMark + "0" });
        // No process has the largest id.
        var vanished = Leftover("20250101T000000Z-44444444", current with { ProcessId = int.MaxValue });
        // A host we cannot look into: its runs count as alive.
        var elsewhere = Leftover("20250101T000000Z-55555555", current with { Host = "another-host", ProcessId = int.MaxValue });

        AbandonedRuns.Remove(_out.Path);

        Assert.Equal((false, false, true), (Directory.Exists(reused), Directory.Exists(vanished), Directory.Exists(elsewhere)));
    }

    [Fact]
    public void A_temporary_folder_without_an_owner_record_is_removed_only_after_the_grace_period()
    {
        var fresh = Directory.CreateDirectory(Path.Combine(_out.Path, $".20250101T000000Z-66666666.tmp-{Guid.NewGuid():N}")).FullName;
        var old = Directory.CreateDirectory(Path.Combine(_out.Path, $".20250101T000000Z-77777777.tmp-{Guid.NewGuid():N}")).FullName;
        File.WriteAllText(Path.Combine(old, "scorecard_2025.parquet"), "half");
        Directory.SetLastWriteTimeUtc(old, DateTime.UtcNow - AbandonedRuns.Grace - TimeSpan.FromMinutes(1));
        // Not a name a run gives: never touched.
        var other = Directory.CreateDirectory(Path.Combine(_out.Path, ".git")).FullName;
        Directory.SetLastWriteTimeUtc(other, DateTime.UtcNow - TimeSpan.FromDays(1));

        Assert.Equal([Path.GetFileName(old)], AbandonedRuns.Remove(_out.Path));
        Assert.True(Directory.Exists(fresh));
        Assert.True(Directory.Exists(other));
    }

    [Fact]
    public void Owner_records_read_back_and_a_record_cut_short_is_none()
    {
        var owner = new RunOwner("host-1", 4242, "linux:boot:123456");

        Assert.Equal("host host-1\nprocess 4242\nstarted linux:boot:123456\n", owner.Format());
        Assert.Equal(owner, RunOwner.Parse(owner.Format()));
        Assert.Null(RunOwner.Parse(owner.Format()[..^3]));
        Assert.Null(RunOwner.Parse(string.Empty));
    }

    private string Leftover(string runId, RunOwner owner)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_out.Path, $".{runId}.tmp-{Guid.NewGuid():N}")).FullName;
        File.WriteAllText(Path.Combine(folder, RunFolder.OwnerFile), owner.Format());
        File.WriteAllText(Path.Combine(folder, "scorecard_2025.parquet"), "half");
        return folder;
    }

    private List<string> Entries() =>
        Directory.GetFileSystemEntries(_out.Path).Select(e => Path.GetFileName(e)).Order(StringComparer.Ordinal).ToList();

    // A child process that waits, to own leftovers; killed by the test.
    private static Process Sleeper() =>
        Process.Start(new ProcessStartInfo("sleep", "60") { UseShellExecute = false })
        ?? throw new InvalidOperationException("cannot start sleep");
}
