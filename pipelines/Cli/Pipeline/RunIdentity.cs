using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MasterPlanEval.Cli.Pipeline;

/// <summary>
/// Time-free identities of what a run computes. The evaluation id goes into every Parquet file a run writes, so two
/// runs of the same evaluation write the same bytes; the run id (start time and the first 8 characters of the
/// evaluation id) names the folder and is kept, with the times, in the manifest only.
/// </summary>
public static class RunIdentity
{
    /// <summary>Lower-case hex SHA-256 of the parts, one per line.</summary>
    public static string Hash(IEnumerable<string> parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', parts))));

    /// <summary>
    /// 16 hex characters: a hash of everything the numbers depend on — the tool's version and the commit it was built
    /// from (<paramref name="toolBuild"/>: a change of code is a change of evaluation), the engine, the catalog's
    /// content hash, the years and the indicators evaluated (sorted: the order they were asked in changes nothing), and every input file (the config and targets included)
    /// by role and SHA-256.
    /// </summary>
    public static string EvaluationId(PreparedEvaluation prepared, string engine, string toolBuild) =>
        Hash(
            new[]
            {
                $"tool {toolBuild}",
                $"engine {engine}",
                $"catalog {prepared.Catalog.ContentHash}",
                $"years {string.Join(',', prepared.Config.Years.Order().Select(y => y.ToString(CultureInfo.InvariantCulture)))}",
                $"indicators {string.Join(',', prepared.Indicators.Select(i => i.Id).Order(StringComparer.Ordinal))}",
            }.Concat(prepared.Checksums.Select(c => $"input {c.Role} {c.Sha256}")))[..16];
}
