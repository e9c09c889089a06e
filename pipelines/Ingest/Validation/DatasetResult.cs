using MasterPlanEval.Core.Config;
using MasterPlanEval.Core.Model;

namespace MasterPlanEval.Ingest.Validation;

/// <summary>
/// What one dataset yielded: accepted rows, rejects with reasons, geometry repairs and the read count.
/// <see cref="Columns"/> is the file's column mapping (<see cref="InputSpec.Columns"/>), so a later stage's reject
/// (a cell in no sub-district) names its field the way ingest's rejects do (<see cref="Reject"/>).
/// </summary>
public sealed record DatasetResult<T>(
    string Dataset,
    string File,
    IReadOnlyList<T> Accepted,
    IReadOnlyList<Reject> Rejects,
    IReadOnlyList<Reject> Repairs,
    long Read)
{
    public IReadOnlyDictionary<string, string>? Columns { get; init; }

    public DatasetCount Count => new(Dataset, File, Read, Accepted.Count, Rejects.Count);

    /// <summary>A reject of one of this dataset's rows found after ingest, its field named by contract and file column (<see cref="Core.Config.FieldLabel"/>).</summary>
    public Reject Reject(string row, string field, string reason) => new(Dataset, File, row, FieldLabel.Of(Columns, field), reason);
}
