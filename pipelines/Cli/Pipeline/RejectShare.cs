using System.Globalization;
using MasterPlanEval.Core.Errors;

namespace MasterPlanEval.Cli.Pipeline;

/// <summary>
/// Stops a run whose dataset lost more than its allowed share of rows to rejects: a land-use file whose every
/// geometry failed would otherwise report construction land 0 and a met target. The limit is
/// <c>max_reject_share</c> (per input, else the config's, default 0.05); the line names the dataset, file, count
/// and the most frequent reason, so the analyst knows where to look first.
/// </summary>
public static class RejectShare
{
    public static void Check(PreparedEvaluation prepared)
    {
        foreach (var count in prepared.Counts.Where(c => c.Read > 0))
        {
            var limit = prepared.Config.Inputs.TryGetValue(count.Dataset, out var spec) && spec.MaxRejectShare is { } own
                ? own
                : prepared.Config.MaxRejectShare;
            var share = (double)count.Rejected / count.Read;
            if (share <= limit)
            {
                continue;
            }

            var top = prepared.Rejects.Where(r => r.Dataset == count.Dataset)
                .GroupBy(r => $"{r.Field}: {r.Reason}")
                .OrderByDescending(g => g.Count())
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .FirstOrDefault();
            var reason = top is null ? string.Empty : $"; most frequent: '{top.Key}' ({N(top.Count())}, first at {top.First().Row})";
            throw new EvaluationException(
                ErrorCategory.Input,
                $"input '{count.Dataset}': {N(count.Rejected)} of {N(count.Read)} rows rejected ({share.ToString("P1", CultureInfo.InvariantCulture)}, " +
                $"more than max_reject_share {limit.ToString(CultureInfo.InvariantCulture)}){reason}",
                new SourceLocation(count.File));
        }
    }

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
