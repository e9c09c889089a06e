using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace MasterPlanEval.Cli.Pipeline;

/// <summary>
/// The process that owns a run's temporary folder and run id claim: its id and a mark of when it started, so that
/// a later run can tell a live owner from a dead one whose id the system has since given to another process.
/// </summary>
/// <param name="Host">The machine (or container) the owner ran on: a process id means nothing on another one.</param>
/// <param name="ProcessId">The owner's process id.</param>
/// <param name="StartMark">
/// When the owner started, as the system counts it: on Linux the boot id and the start time in clock ticks since
/// boot from <c>/proc/&lt;pid&gt;/stat</c> (exact, and immune to clock changes, unlike <see cref="Process.StartTime"/>,
/// which .NET derives there from the current time minus the uptime); elsewhere the UTC ticks of
/// <see cref="Process.StartTime"/>, which Windows and macOS keep exactly.
/// </param>
public sealed record RunOwner(string Host, int ProcessId, string StartMark)
{
    private const string HostKey = "host ";
    private const string ProcessKey = "process ";
    private const string StartedKey = "started ";
    private const string Unknown = "unknown";

    /// <summary>This process.</summary>
    public static RunOwner Current() =>
        Of(Environment.ProcessId) ?? throw new InvalidOperationException("this process is not running, it seems");

    /// <summary>A running process of this host, or null when none has the id.</summary>
    public static RunOwner? Of(int processId) =>
        StartMarkOf(processId) is { } mark ? new RunOwner(Environment.MachineName, processId, mark) : null;

    /// <summary>The text of an owner file: three lines, <c>host &lt;name&gt;</c>, <c>process &lt;pid&gt;</c> and <c>started &lt;mark&gt;</c>.</summary>
    public string Format() => $"{HostKey}{Host}\n{ProcessKey}{ProcessId.ToString(CultureInfo.InvariantCulture)}\n{StartedKey}{StartMark}\n";

    /// <summary>
    /// The owner an owner file names, or null when the text is not one: a file read while it was being written, say,
    /// which lacks the final line break (a start mark cut short must not read as another process).
    /// </summary>
    public static RunOwner? Parse(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return text.EndsWith('\n')
            && lines.Length == 3
            && lines[0].StartsWith(HostKey, StringComparison.Ordinal)
            && lines[1].StartsWith(ProcessKey, StringComparison.Ordinal)
            && lines[2].StartsWith(StartedKey, StringComparison.Ordinal)
            && int.TryParse(lines[1][ProcessKey.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            && lines[2].Length > StartedKey.Length
            ? new RunOwner(lines[0][HostKey.Length..], pid, lines[2][StartedKey.Length..])
            : null;
    }

    /// <summary>
    /// True unless the process is gone: no process on this host has the id, or the one that has it started at another
    /// time (the id was reused), or it has exited and awaits its parent (a zombie writes nothing more). An owner on
    /// another host, or a process this one may not inspect, counts as alive: removing a live run's work is worse than
    /// keeping a dead one's.
    /// </summary>
    public bool IsAlive() =>
        !string.Equals(Host, Environment.MachineName, StringComparison.Ordinal)
        || StartMarkOf(ProcessId) switch
        {
            null => false,
            Unknown => true,
            var mark => mark == StartMark,
        };

    // Null: no such process (or a zombie); Unknown: it exists but cannot be inspected.
    private static string? StartMarkOf(int pid) => OperatingSystem.IsLinux() ? LinuxStartMark(pid) : OtherStartMark(pid);

    private static string? LinuxStartMark(int pid)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat");
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Unknown;
        }

        // "pid (comm) state ppid …": comm may hold spaces and parentheses, so fields are counted after the last ')'.
        // Field 3 is the state, field 22 the start time in clock ticks since boot.
        var fields = stat[(stat.LastIndexOf(')') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 20)
        {
            return Unknown;
        }

        return fields[0] is "Z" or "X" ? null : $"linux:{BootId()}:{fields[19]}";
    }

    // A reboot restarts the tick count, so a mark carries the boot it counts from.
    private static string BootId()
    {
        try
        {
            return File.ReadAllText("/proc/sys/kernel/random/boot_id").Trim();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Unknown;
        }
    }

    private static string? OtherStartMark(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited ? null : $"utc:{process.StartTime.ToUniversalTime().Ticks.ToString(CultureInfo.InvariantCulture)}";
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or Win32Exception or NotSupportedException)
        {
            return Unknown;
        }
    }
}
