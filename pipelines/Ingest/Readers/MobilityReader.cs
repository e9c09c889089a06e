using MasterPlanEval.Core.Config;
using MasterPlanEval.Core.Mobility;
using MasterPlanEval.Ingest.Sources;

namespace MasterPlanEval.Ingest.Readers;

/// <summary>
/// Opens the commuting file and checks its header (columns as mapped, their types), but leaves the rows to the
/// engine (see <see cref="CommuteChecks"/>): a year of commutes is tens of millions of rows. A Parquet file is handed
/// over by path with how each column is stored and what the file calls it; a CSV file's rows are parsed by
/// CsvHelper as the engine pulls them.
/// </summary>
public static class MobilityReader
{
    public static CommuteSource Open(InputSpec spec)
    {
        var source = InputFileReader.Open(spec, spatial: false);
        var columns = CommuteColumns.All.Where(source.Columns.Contains).ToDictionary(c => c, c => StoredAs(source.Stored[c]), StringComparer.Ordinal);
        var fileColumns = (spec.Columns ?? new Dictionary<string, string>()).Where(c => c.Key != c.Value).ToDictionary(StringComparer.Ordinal);
        var textRows = Path.GetExtension(spec.Path).Equals(".parquet", StringComparison.OrdinalIgnoreCase) ? null : (Func<IEnumerable<CommuteTextRow>>)(() => TextRows(source));
        return new CommuteSource(spec.Dataset, spec.Path, columns, textRows, CommuteRules.For(spec)) { FileColumns = fileColumns, ConstantYear = spec.Year };
    }

    private static StoredAs StoredAs(ColumnTypes kind) => kind switch
    {
        ColumnTypes.Integer => Core.Mobility.StoredAs.Integer,
        ColumnTypes.Float => Core.Mobility.StoredAs.Number,
        _ => Core.Mobility.StoredAs.Text,
    };

    private static IEnumerable<CommuteTextRow> TextRows(RecordSource source)
    {
        var columns = CommuteColumns.All;
        foreach (var record in source.Records)
        {
            var values = new string?[columns.Count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = record.Value(columns[i]).Text;
            }

            yield return new CommuteTextRow(record.At.Number, values, record.Problem);
        }
    }
}
