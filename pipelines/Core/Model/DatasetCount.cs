namespace MasterPlanEval.Core.Model;

/// <summary>
/// How many rows a dataset had and what became of them; <see cref="Reconciles"/> must hold. <see cref="Unused"/>
/// counts accepted rows that no value reads (a year not evaluated, a facility opening after the last year), with
/// <see cref="UnusedWhy"/> saying which, so a file of the wrong year cannot pass as "accepted" unnoticed.
/// </summary>
public sealed record DatasetCount(string Dataset, string File, long Read, long Accepted, long Rejected, long Unused = 0, string? UnusedWhy = null)
{
    public bool Reconciles => Read == Accepted + Rejected;
}
