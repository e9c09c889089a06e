using MasterPlanEval.Core.Config;
using MasterPlanEval.Ingest.Sources;
using MasterPlanEval.Tests.Formats;
using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Ingest;

/// <summary>
/// Readers size their tables by the row count a file gives before it is read (<see cref="RecordSource.Rows"/>):
/// a Parquet footer's count, a geometry file's features; a CSV file says nothing until it is read.
/// </summary>
public sealed class RowCountHintTests
{
    [Fact]
    public async Task A_parquet_grid_gives_its_footer_s_row_count_also_through_a_symbolic_link()
    {
        // More rows than the link's own length in bytes (the path it holds), so a hint bounded by that length shows.
        const int Rows = 500;
        using var temp = new TempDirectory();
        var cells = Enumerable.Range(0, Rows).ToList();
        var path = Path.Combine(temp.Path, "grid.parquet");
        await new ParquetTable()
            .Text("cell_id", cells.Select(i => (string?)$"c{i}").ToList())
            .Int("year", cells.Select(_ => 2024).ToList())
            .Double("x", cells.Select(i => 450125.0 + (250 * i)).ToList())
            .Double("y", cells.Select(_ => 4420125.0).ToList())
            .Double("residents", cells.Select(_ => 10.0).ToList())
            .Double("workers", cells.Select(_ => 1.0).ToList())
            .WriteAsync(path);
        var link = Path.Combine(temp.Path, "linked.parquet");
        File.CreateSymbolicLink(link, path);

        Assert.True(link.Length < Rows);
        Assert.Equal(Rows, Open(path).Rows);
        Assert.Equal(Rows, Open(link).Rows);
    }

    [Fact]
    public void A_csv_grid_gives_no_row_count_before_it_is_read()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "grid.csv");
        File.WriteAllText(path, "cell_id,year,x,y,residents,workers\nc1,2024,450125,4420125,10,1\nc2,2024,450375,4420125,20,2\n");

        Assert.Null(Open(path).Rows);
    }

    private static RecordSource Open(string path) =>
        InputFileReader.Open(TinyFixture.Spec(Datasets.PopulationGrid, path), spatial: false);
}
