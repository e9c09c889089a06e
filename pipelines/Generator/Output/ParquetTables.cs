using Parquet;

namespace MasterPlanEval.Generator.Output;

/// <summary>Writer settings shared by every generated Parquet file.</summary>
internal static class ParquetTables
{
    /// <summary>
    /// Snappy set explicitly: Parquet.Net's default has changed between releases, and the scorecards use
    /// Snappy too. A fresh instance each time, since options are mutable.
    /// </summary>
    public static ParquetOptions Options => new() { CompressionMethod = CompressionMethod.Snappy };
}
