namespace MasterPlanEval.Core.Diagnostics;

/// <summary>A clock for work nobody times (one indicator evaluated on its own): it runs the work and records nothing.</summary>
public sealed class UntimedClock : IStageClock
{
    public static UntimedClock Instance { get; } = new();

    private UntimedClock()
    {
    }

    public T Time<T>(string stage, Func<T> work, Func<T, long>? rows = null) => work();
}
