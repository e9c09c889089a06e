using MasterPlanEval.Core.Model;

namespace MasterPlanEval.Cli.Output;

/// <summary>
/// The rejects report: every input row or feature not used (disposition <c>rejected</c>) and every geometry
/// that was repaired and used (<c>repaired</c>), with file, row, field and reason.
/// </summary>
public static class RejectsReport
{
    public const string FileName = "rejects.csv";

    public static readonly IReadOnlyList<string> Header = ["dataset", "file", "row", "field", "reason", "disposition"];

    public static string Render(IEnumerable<Reject> rejects, IEnumerable<Reject> repairs) =>
        CsvText.Write(
            Header,
            rejects.Select(r => Row(r, "rejected")).Concat(repairs.Select(r => Row(r, "repaired"))));

    private static IReadOnlyList<string?> Row(Reject r, string disposition) =>
        [r.Dataset, Path.GetFileName(r.File), r.Row, r.Field, r.Reason, disposition];
}
