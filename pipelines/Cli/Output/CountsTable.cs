using System.Globalization;
using MasterPlanEval.Core.Model;

namespace MasterPlanEval.Cli.Output;

/// <summary>
/// Prints read / accepted / rejected per dataset, whether the counts reconcile, and how many accepted rows no value
/// reads (unused), with why under the table.
/// </summary>
public static class CountsTable
{
    public static void Print(TextWriter output, IReadOnlyList<DatasetCount> counts)
    {
        TextTable.Print(
            output,
            ["dataset", "read", "accepted", "rejected", "reconciled", "unused"],
            counts.Select(c => (IReadOnlyList<string>)[c.Dataset, N(c.Read), N(c.Accepted), N(c.Rejected), c.Reconciles ? "yes" : "NO", N(c.Unused)]).ToList());
        foreach (var count in counts.Where(c => c.UnusedWhy is not null))
        {
            output.WriteLine($"unused {count.Dataset}: {count.UnusedWhy}");
        }

        output.WriteLine();
    }

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
