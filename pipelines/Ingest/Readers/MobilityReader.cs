using MasterPlanEval.Core.Config;
using MasterPlanEval.Core.Mobility;
using MasterPlanEval.Ingest.Sources;

namespace MasterPlanEval.Ingest.Readers;

/// <summary>
/// Opens the commuting file and checks its header, but leaves the rows to the engine (see
/// <see cref="CommuteChecks"/>): a year of commutes is tens of millions of rows. A Parquet file is handed
/// over by path with its column types; a CSV file's rows are parsed by CsvHelper as the engine pulls them.
/// </summary>
public static class MobilityReader
{
    public static CommuteSource Open(InputSpec spec)
    {
        var source = InputFileReader.Open(spec.Path, spec.Dataset, CommuteColumns.Required, spatial: false);
        var names = CommuteColumns.All.Where(source.Columns.Contains).ToList();
        if (Path.GetExtension(spec.Path).Equals(".parquet", StringComparison.OrdinalIgnoreCase))
        {
            return new CommuteSource(spec.Dataset, spec.Path, ParquetColumnTypes.Read(spec.Path, names), null, CommuteRules.For(spec));
        }

        return new CommuteSource(spec.Dataset, spec.Path, names.ToDictionary(n => n, _ => StoredAs.Text), () => TextRows(source), CommuteRules.For(spec));
    }

    private static IEnumerable<CommuteTextRow> TextRows(RecordSource source)
    {
        foreach (var record in source.Records)
        {
            yield return new CommuteTextRow(record.At.Number, CommuteColumns.All.Select(c => record[c] as string).ToArray(), record.Problem);
        }
    }
}
