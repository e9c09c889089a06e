using MasterPlanEval.Generator.Output;
using MasterPlanEval.Generator.Population;
using MasterPlanEval.Generator.Randomness;
using Parquet;
using Parquet.Schema;

namespace MasterPlanEval.Generator.Mobility;

/// <summary>
/// Streams <c>commutes.parquet</c>: one row per commuter, row groups of <see cref="RowGroupRows"/>, each
/// generated on a worker thread while the previous one is encoded and written, so 100 M commuters take
/// the memory of two row groups.
/// </summary>
internal static class CommuteFile
{
    public const int RowGroupRows = 1_000_000;

    /// <summary>Writes every year's commuters; returns each year's tally, in year order.</summary>
    public static async Task<IReadOnlyList<CommuteTally>> WriteAsync(
        Stream stream, PopulationGrid grid, int[] cellDistrict, int districts, long perYear, int seed, Action<string>? progress, CancellationToken cancellationToken)
    {
        var fields = new Fields();
        await using var writer = await ParquetWriter.CreateAsync(fields.Schema, stream, Options(fields), false, cancellationToken);
        var capacity = (int)Math.Min(RowGroupRows, Math.Max(1, perYear));
        var buffers = new[] { new CommuteChunk(capacity, districts), new CommuteChunk(capacity, districts) };
        var tallies = new List<CommuteTally>();
        for (var k = 0; k < grid.Years.Count; k++)
        {
            var year = grid.Years[k];
            var tally = new CommuteTally(districts);
            tallies.Add(tally);
            if (perYear == 0)
            {
                continue;
            }

            var model = new CommuteModel(grid, k, cellDistrict);
            if (!model.CanSample)
            {
                throw new InvalidOperationException($"nobody lives or works in the city in {year}: no commuter can be drawn");
            }

            var chunks = (int)((perYear + RowGroupRows - 1) / RowGroupRows);
            // A dedicated thread, not the pool: a long fill holding one of two pool threads starves the
            // writer's async continuations (measured: no overlap at all on two cores).
            Task Fill(int chunk) => Task.Factory.StartNew(
                () => buffers[chunk % 2].Fill(
                    model, year, (int)Math.Min(RowGroupRows, perYear - ((long)chunk * RowGroupRows)), SeedHash.Of(seed, RandomStream.Commutes, year, chunk)),
                cancellationToken,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default);
            var pending = Fill(0);
            try
            {
                for (var chunk = 0; chunk < chunks; chunk++)
                {
                    await pending;
                    var current = buffers[chunk % 2];
                    pending = chunk + 1 < chunks ? Fill(chunk + 1) : Task.CompletedTask;
                    await WriteGroupAsync(writer, fields, current, cancellationToken);
                    tally.Add(current.Tally);
                    if (chunks > 1 && ((chunk + 1) % 5 == 0 || chunk + 1 == chunks))
                    {
                        progress?.Invoke($"commutes {year}: {tally.Rows:N0} of {perYear:N0}");
                    }
                }
            }
            finally
            {
                // Never leave a fill running into a buffer after an error (or cancellation) here.
                await pending.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            }
        }

        return tallies;
    }

    // Modes repeat across a row group: dictionary-encoded, as DuckDB, Polars and Spark write such columns by
    // default (Parquet.Net writes them plain unless told). Readers decode each distinct value once.
    private static ParquetOptions Options(Fields fields)
    {
        var options = ParquetTables.Options;
        options.ColumnEncodingHints[fields.Mode.Path.ToString()] = EncodingHint.Dictionary;
        return options;
    }

    private static async Task WriteGroupAsync(ParquetWriter writer, Fields fields, CommuteChunk chunk, CancellationToken cancellationToken)
    {
        var rows = chunk.Rows;
        using var group = writer.CreateRowGroup();
        await group.WriteAsync(fields.Year, new ReadOnlyMemory<int>(chunk.Year, 0, rows), cancellationToken: cancellationToken);
        await group.WriteAsync(fields.Home, new ReadOnlyMemory<long>(chunk.Home, 0, rows), cancellationToken: cancellationToken);
        await group.WriteAsync(fields.Work, new ReadOnlyMemory<long?>(chunk.Work, 0, rows), cancellationToken: cancellationToken);
        await group.WriteAsync(fields.Minutes, new ReadOnlyMemory<double>(chunk.Minutes, 0, rows), cancellationToken: cancellationToken);
        await group.WriteAsync(fields.Mode, new ArraySegment<string>(chunk.Mode, 0, rows));
        await group.WriteAsync(fields.Persons, new ReadOnlyMemory<double>(chunk.Persons, 0, rows), cancellationToken: cancellationToken);
        await group.WriteAsync(fields.Distance, new ReadOnlyMemory<double>(chunk.Distance, 0, rows), cancellationToken: cancellationToken);
    }

    // Columns in the contract's order. Fresh per file: a schema takes ownership of its fields.
    private sealed class Fields
    {
        public DataField<int> Year { get; } = new("year", false);

        public DataField<long> Home { get; } = new("home_cell", false);

        public DataField<long?> Work { get; } = new("work_cell", true);

        public DataField<double> Minutes { get; } = new("minutes", false);

        public DataField<string> Mode { get; } = new("mode", false);

        public DataField<double> Persons { get; } = new("persons", false);

        public DataField<double> Distance { get; } = new("distance_km", false);

        public ParquetSchema Schema => new(Year, Home, Work, Minutes, Mode, Persons, Distance);
    }
}
