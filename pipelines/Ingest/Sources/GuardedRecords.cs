using MasterPlanEval.Core.Errors;

namespace MasterPlanEval.Ingest.Sources;

/// <summary>
/// Sources read their files lazily, batch by batch, while the dataset readers pull records. A failure of the file
/// itself at that point (an I/O error, a page that does not decode) is the input's fault: this wrapper ends the run
/// with one input error naming the file and the last record read, instead of an internal error, or an output error
/// for a read-side <see cref="IOException"/>. Only the decoding runs inside the guard; the readers' checks do not.
/// </summary>
internal static class GuardedRecords
{
    public static IEnumerable<RecordBatch> Of(string path, string format, IEnumerable<RecordBatch> batches)
    {
        using var enumerator = batches.GetEnumerator();
        string? last = null;
        while (Next(enumerator, path, format, last) is { } batch)
        {
            last = batch.Count > 0 ? batch.Position(batch.Count - 1).ToString() : last;
            yield return batch;
        }
    }

    /// <summary>The one-line error for a file that cannot be read, with where the reading stopped when known.</summary>
    public static EvaluationException Unreadable(string path, string format, Exception ex, string? position = null) =>
        new(ErrorCategory.Input, $"not a readable {format}: {FirstLine(ex.Message)}", new SourceLocation(path, position));

    public static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();

    private static RecordBatch? Next(IEnumerator<RecordBatch> enumerator, string path, string format, string? last)
    {
        try
        {
            return enumerator.MoveNext() ? enumerator.Current : null;
        }
        catch (Exception ex) when (ex is not EvaluationException and not OperationCanceledException)
        {
            throw Unreadable(path, format, ex, last is null ? null : $"after {last}");
        }
    }
}
