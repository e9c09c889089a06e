using System.Diagnostics;
using MasterPlanEval.Core.Diagnostics;

namespace MasterPlanEval.Cli.Pipeline;

/// <summary>
/// Times the named stages of a run and samples their peak memory, for the manifest and the benchmark. Each stage
/// gets its own sampler, so a stage timed inside another gets its own peak and the outer one still sees the inner's.
/// Stages may run on several threads at once inside a group (<see cref="BeginGroup"/>): the process's processor time
/// cannot be told apart between them, so it is booked once, on the group.
/// </summary>
public sealed class StageTimer : IStageClock
{
    private const long Mib = 1024 * 1024;

    private readonly Stopwatch _sinceStart = Stopwatch.StartNew();
    private readonly Lock _lock = new();
    private readonly List<(Running Running, StageTime Time)> _stages = [];
    private int _begun;
    // The open group: its record, the thread that opened it and its members; the handle that closes it is the caller's.
    private (Running Record, int Thread, List<Running> Members)? _group;

    /// <summary>
    /// Every stage recorded so far, in the order they started; a group's members right after it, first those of the
    /// thread that opened it, then the others', each in the order they started, so the order is the same in every run.
    /// </summary>
    public IReadOnlyList<StageTime> Stages
    {
        get
        {
            lock (_lock)
            {
                return _stages.OrderBy(s => s.Running.Key).Select(s => s.Time).ToList();
            }
        }
    }

    /// <summary>
    /// The process's peak resident memory since it started, in MiB: its high-water mark as the OS reports it (VmHWM on
    /// Linux, what /usr/bin/time shows), or a stage's peak where that is higher: the kernel does not move its mark on
    /// every change of the resident count, so a later VmHWM can be a few hundred KiB below an earlier VmRSS (measured
    /// up to 432 KiB while the GC compacts; a test run read 180 MiB in a stage and 179 MiB for the process after it).
    /// </summary>
    public long ProcessPeakMib() => Math.Max(ProcessMemory.PeakBytes() / Mib, Stages.Select(s => s.PeakMib).DefaultIfEmpty(0).Max());

    public T Time<T>(string stage, Func<T> work, Func<T, long>? rows = null)
    {
        using var running = Begin(stage);
        var result = work();
        End(running, rows?.Invoke(result));
        return result;
    }

    public async Task<T> TimeAsync<T>(string stage, Func<Task<T>> work, Func<T, long>? rows = null)
    {
        using var running = Begin(stage);
        var result = await work();
        End(running, rows?.Invoke(result));
        return result;
    }

    /// <summary>
    /// Opens a group: every stage that starts, on any thread, until <see cref="Group.End"/> is its member and books no
    /// processor time of its own; the group's record books the process's time over its whole span. The caller ends the
    /// group only once its members have ended (it joins the threads they ran on first).
    /// </summary>
    public Group BeginGroup(string name)
    {
        lock (_lock)
        {
            if (_group is { } open)
            {
                throw new InvalidOperationException($"stage group '{open.Record.Stage}' is still open");
            }

            var running = Begin(name);
            var members = new List<Running>();
            _group = (running, Environment.CurrentManagedThreadId, members);
            return new Group(this, name, running, members);
        }
    }

    private Running Begin(string stage)
    {
        var memory = PeakMemorySampler.Start();
        lock (_lock)
        {
            var order = ++_begun;
            var key = _group is { } group ? (group.Record.Order, group.Thread == Environment.CurrentManagedThreadId ? 1 : 2, order) : (order, 0, order);
            var running = new Running(stage, order, key, _sinceStart.Elapsed, ProcessorTime(), memory, _group?.Record.Stage);
            _group?.Members.Add(running);
            return running;
        }
    }

    private void End(Running running, long? rows, IReadOnlyList<string>? members = null)
    {
        var (ended, cpu) = (_sinceStart.Elapsed, ProcessorTime());
        var peak = running.Memory.Stop() / Mib;
        var cpuSeconds = running.Group is null ? Math.Round((cpu - running.Cpu).TotalSeconds, 3) : (double?)null;
        var time = new StageTime(
            running.Stage,
            Math.Round(running.Start.TotalSeconds, 3),
            Math.Round((ended - running.Start).TotalSeconds, 3),
            rows,
            peak,
            cpuSeconds,
            members);
        lock (_lock)
        {
            _stages.Add((running, time));
        }
    }

    private static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    /// <summary>A group of stages that run at the same time; see <see cref="BeginGroup"/>.</summary>
    public sealed class Group : IDisposable
    {
        private readonly StageTimer _timer;
        private readonly Running _running;
        private readonly List<Running> _members;
        private bool _ended;

        internal Group(StageTimer timer, string name, Running running, List<Running> members) =>
            (_timer, Name, _running, _members) = (timer, name, running, members);

        public string Name { get; }

        /// <summary>Closes the group and records it, with its members' names in the order of <see cref="Stages"/>.</summary>
        public void End()
        {
            if (Close())
            {
                _timer.End(_running, null, _members.OrderBy(m => m.Key).Select(m => m.Stage).ToList());
            }
        }

        /// <summary>Closes the group unrecorded when it has not ended (a run that failed meanwhile), and stops its sampler.</summary>
        public void Dispose()
        {
            Close();
            _running.Dispose();
        }

        private bool Close()
        {
            lock (_timer._lock)
            {
                if (_ended)
                {
                    return false;
                }

                (_ended, _timer._group) = (true, null);
                return true;
            }
        }
    }

    /// <summary>A stage under way; <see cref="Key"/> orders the records: (its group's order or its own, 0 outside a group, 1 on the group's thread, 2 elsewhere, its own order).</summary>
    internal sealed record Running(string Stage, int Order, (int, int, int) Key, TimeSpan Start, TimeSpan Cpu, PeakMemorySampler Memory, string? Group) : IDisposable
    {
        public void Dispose() => Memory.Dispose();
    }
}
