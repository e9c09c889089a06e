namespace MasterPlanEval.Core.Model;

/// <summary>How many rows a dataset had and what became of them; <see cref="Reconciles"/> must hold.</summary>
public sealed record DatasetCount(string Dataset, string File, long Read, long Accepted, long Rejected)
{
    public bool Reconciles => Read == Accepted + Rejected;
}
