using MasterPlanEval.Core.Errors;
using MasterPlanEval.Ingest.Readers;
using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Formats;

/// <summary>
/// CSV rows are named by their physical file line (header = line 1; blank and whitespace-only lines are skipped
/// but counted), in C# ingest and on the engine's commute path alike. A row with more fields than the header is
/// rejected (an unquoted decimal comma would shift the values after it); a duplicated header name, a NUL byte and
/// text that is not UTF-8 stop the run naming file and line.
/// </summary>
public sealed class CsvLinesTests : IDisposable
{
    private const string GridHeader = "cell_id,year,x,y,residents,workers";

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_decimal_comma_row_is_rejected_and_blank_lines_count_as_lines()
    {
        // Line 5 means residents 1.5 and workers 933, but the comma splits it into 7 fields: 1 | 5 | 933.
        var path = WriteLines(
            "population_grid.csv",
            GridHeader,
            "A1,2020,450125,4420125,2000,500",
            string.Empty,
            "   \t ",
            "A2,2020,450625,4420625,1,5,933",
            "A3,2020,450875,4420875,1000,2000");

        var result = PopulationGridReader.Read(TinyFixture.Spec("population_grid", path), TinyFixture.Transformer());

        // Lines 3 and 4 are not rows: 3 read, 2 accepted, 1 rejected.
        Assert.Equal((3, 2, 1), (result.Read, result.Accepted.Count, result.Rejects.Count));
        Assert.Equal(["A1", "A3"], result.Accepted.Select(c => c.CellId));
        var reject = Assert.Single(result.Rejects);
        Assert.Equal(
            ("line 5", "row", "the row has 7 fields but the header has 6: an unquoted comma in a value (a decimal comma?) shifts the values after it"),
            (reject.Row, reject.Field, reject.Reason));
    }

    [Fact]
    public void The_engine_reports_commute_rows_as_file_lines_and_rejects_extra_fields_the_same_way()
    {
        var path = WriteLines(
            "commutes.csv",
            "year,home_cell,work_cell,minutes,mode,persons,distance_km",
            "2020,A1,A2,20,walk,100,0.7",
            "  ",
            "2020,A1,A2,0,walk,100,0.7",
            string.Empty,
            "2020,A1,A2,20,walk,100,0,7",
            "2020,A2,A1,30,bus,50,1.5");

        var (check, accepted) = CommuteReading.Read(path, CommuteReading.OwnUnits(["A1", "A2"]));

        Assert.Equal((4L, 2L, 2L), (check.Count.Read, check.Count.Accepted, check.Count.Rejected));
        Assert.Equal(
            [
                ("line 4", "minutes", "0 is out of range: must be > 0 and <= 300 minutes"),
                ("line 6", "row", "the row has 8 fields but the header has 7: an unquoted comma in a value (a decimal comma?) shifts the values after it"),
            ],
            check.Rejects.Select(r => (r.Row, r.Field, r.Reason)));
        Assert.Equal([20.0, 30.0], accepted.Select(c => c.Minutes));
    }

    [Fact]
    public void A_row_after_a_quoted_line_break_is_named_by_its_own_first_line()
    {
        // Lines 2–3 are one row (a quoted name holding a line break): the next row starts on line 4.
        var path = WriteLines(
            "facilities.csv",
            "facility_id,type,x,y,year_open,name",
            "PK1,park,450300,4420300,,\"Jia",
            "Park\"",
            "PK2,pond,450300,4420300,,Yi Park");

        var result = FacilitiesReader.Read(TinyFixture.Spec("facilities", path), TinyFixture.Transformer());

        Assert.Equal(["line 2", "line 4"], result.Rejects.Select(r => r.Row));
        Assert.Equal("type", result.Rejects[1].Field);
    }

    [Fact]
    public void A_duplicated_header_name_is_an_input_error_naming_the_column()
    {
        var path = WriteLines("census.csv", "unit_id,year,residents,residents", "S1,2020,100,200");

        var error = InputFault.Throws(() => CensusReader.Read(TinyFixture.Spec("census", path), new HashSet<string> { "S1" }));

        Assert.Equal(
            $"{path}, line 1, field 'residents': column 'residents' appears 2 times in the header (columns 3 and 4): each column must be named once",
            error.OneLine);
    }

    [Fact]
    public async Task A_duplicated_header_stops_the_run_before_any_output()
    {
        using var fixture = new FixtureCopy("tiny");
        fixture.Edit("facilities.csv", t => t.Replace("facility_id,type,", "facility_id,type,type,", StringComparison.Ordinal));

        await InputFault.RunAsync(fixture, 4, "facilities.csv, line 1, field 'type': column 'type' appears 2 times in the header (columns 2 and 3)");
    }

    [Fact]
    public void A_nul_byte_is_binary_data_not_a_reject()
    {
        var path = WriteLines("population_grid.csv", GridHeader, "A1,2020,450125,4420125,2000,500", "A2,2020,450625,4420625,30\0\0,100");

        var error = InputFault.Throws(() => PopulationGridReader.Read(TinyFixture.Spec("population_grid", path), TinyFixture.Transformer()));

        Assert.Equal($"{path}, line 3, field 'residents': holds a NUL byte: the file is binary data, not CSV text", error.OneLine);
    }

    [Fact]
    public void Bytes_that_are_not_utf8_stop_the_run_naming_line_and_field()
    {
        // 甲公园 in GBK (BC D7 B9 AB D4 B0) is not valid UTF-8.
        var path = Path.Combine(_temp.Path, "facilities.csv");
        File.WriteAllBytes(path, [
            .. "facility_id,type,x,y,year_open,name\nPK1,park,450300,4420300,,"u8,
            0xBC, 0xD7, 0xB9, 0xAB, 0xD4, 0xB0,
            .. "\n"u8]);

        var error = InputFault.Throws(() => FacilitiesReader.Read(TinyFixture.Spec("facilities", path), TinyFixture.Transformer()));

        Assert.Equal(ErrorCategory.Input, error.Category);
        Assert.Equal($"{path}, line 2, field 'name': holds bytes that are not UTF-8 (a GBK or other legacy encoding?): save the file as UTF-8", error.OneLine);
    }

    private string WriteLines(string name, params string[] lines)
    {
        var path = Path.Combine(_temp.Path, name);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }
}
