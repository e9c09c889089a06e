using MasterPlanEval.Core.Config;
using MasterPlanEval.Core.Model;
using MasterPlanEval.Ingest.Sources;

namespace MasterPlanEval.Ingest.Validation;

/// <summary>
/// Accumulates accepted rows, rejects and repairs of one dataset while its file is read. A reject names its field
/// by contract column, with the file's column where the config maps it (<see cref="InputSpec.FieldLabel"/>).
/// <paramref name="rows"/> is how many rows the file holds when known (<see cref="RecordSource.Rows"/>): most are accepted.
/// </summary>
internal sealed class DatasetCollector<T>(InputSpec spec, int? rows = null)
{
    private readonly List<T> _accepted = new(rows ?? 0);
    private readonly List<Reject> _rejects = [];
    private readonly List<Reject> _repairs = [];
    private long _read;

    public void Counted() => _read++;

    public void Accept(T row) => _accepted.Add(row);

    public void Reject(RawRecord record, string field, string reason) =>
        _rejects.Add(new Reject(spec.Dataset, spec.Path, record.Position, spec.FieldLabel(field), reason));

    /// <summary>Rejects when the field reader failed; returns true when the row may be accepted.</summary>
    public bool Check(RawRecord record, FieldReader fields)
    {
        if (!fields.Failed)
        {
            return true;
        }

        Reject(record, fields.FailedField!, fields.Reason!);
        return false;
    }

    public void Repaired(RawRecord record, string reason) =>
        _repairs.Add(new Reject(spec.Dataset, spec.Path, record.Position, "geometry", reason));

    public DatasetResult<T> Result() => new(spec.Dataset, spec.Path, _accepted, _rejects, _repairs, _read) { Columns = spec.Columns };
}
