using MasterPlanEval.Core.Model;

namespace MasterPlanEval.Ingest.Validation;

/// <summary>What one dataset yielded: accepted rows, rejects with reasons, geometry repairs and the read count.</summary>
public sealed record DatasetResult<T>(
    string Dataset,
    string File,
    IReadOnlyList<T> Accepted,
    IReadOnlyList<Reject> Rejects,
    IReadOnlyList<Reject> Repairs,
    long Read)
{
    public DatasetCount Count => new(Dataset, File, Read, Accepted.Count, Rejects.Count);
}
