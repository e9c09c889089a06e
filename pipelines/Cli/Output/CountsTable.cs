using System.Globalization;
using MasterPlanEval.Core.Model;

namespace MasterPlanEval.Cli.Output;

/// <summary>Prints read / accepted / rejected per dataset, and whether the counts reconcile.</summary>
public static class CountsTable
{
    public static void Print(TextWriter output, IReadOnlyList<DatasetCount> counts)
    {
        TextTable.Print(
            output,
            ["dataset", "read", "accepted", "rejected", "reconciled"],
            counts.Select(c => (IReadOnlyList<string>)[c.Dataset, N(c.Read), N(c.Accepted), N(c.Rejected), c.Reconciles ? "yes" : "NO"]).ToList());
        output.WriteLine();
    }

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
