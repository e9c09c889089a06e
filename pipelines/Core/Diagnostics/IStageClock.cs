namespace MasterPlanEval.Core.Diagnostics;

/// <summary>Times a named piece of work; stages report their sub-steps through it (e.g. <c>spatial.land</c>).</summary>
public interface IStageClock
{
    T Time<T>(string stage, Func<T> work, Func<T, long>? rows = null);
}
