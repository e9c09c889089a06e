using MasterPlanEval.Cli.Pipeline;
using MasterPlanEval.Core.Engines;
using MasterPlanEval.Core.Plans;
using MasterPlanEval.Engines.DuckDb;
using MasterPlanEval.Indicators.Catalog;
using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Catalog;

/// <summary>Every example in every catalog entry, run on the embedded engine, gives the expected values.</summary>
public sealed class CatalogExamplesTests
{
    private static readonly IndicatorCatalog Catalog = CatalogLoader.Load(RepoPaths.Catalog);

    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        foreach (var indicator in Catalog.Indicators)
        {
            for (var i = 0; i < indicator.Examples.Count; i++)
            {
                data.Add(indicator.Id, i);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_values_come_out_of_the_duckdb_engine(string indicatorId, int exampleIndex)
    {
        var example = Catalog.Get(indicatorId).Examples[exampleIndex];
        var values = (Catalog.Plans[indicatorId].IsCrossYear ? CrossYear(indicatorId, example) : OnEngine(indicatorId, example)).ToDictionary(v => v.UnitId);
        foreach (var (unit, expected) in example.Expect)
        {
            var actual = values[unit].Value;
            if (expected is null)
            {
                Assert.Null(actual);
            }
            else
            {
                Assert.NotNull(actual);
                Assert.Equal(expected.Value, actual!.Value, 9);
            }
        }
    }

    private static IEnumerable<IndicatorValue> OnEngine(string indicatorId, IndicatorExample example)
    {
        using var engine = new DuckDbEngine();
        foreach (var table in ExampleFacts.Build(example))
        {
            engine.Load(table);
        }

        return engine.Evaluate(Catalog.Plans[indicatorId]).Where(v => v.Year == ExampleFacts.DefaultYear).ToList();
    }

    // The indicator with the cross-year indicators it reads, over the given values; expected for the last year.
    private static IEnumerable<IndicatorValue> CrossYear(string indicatorId, IndicatorExample example)
    {
        var (given, years) = ExampleValues.Build(example);
        var plans = EvaluationPreparer.WithReferences(Catalog, [Catalog.Get(indicatorId)]).Select(i => Catalog.Plans[i.Id]).Where(p => p.IsCrossYear).ToList();
        return CrossYearEvaluator.Evaluate(plans, given, years).Where(v => v.IndicatorId == indicatorId && v.Year == years[^1]);
    }

    [Fact]
    public void Every_indicator_has_names_a_source_and_at_least_one_example()
    {
        Assert.NotEmpty(Catalog.Indicators);
        foreach (var indicator in Catalog.Indicators)
        {
            Assert.False(string.IsNullOrWhiteSpace(indicator.Name.Zh), indicator.Id);
            Assert.False(string.IsNullOrWhiteSpace(indicator.Name.En), indicator.Id);
            Assert.False(string.IsNullOrWhiteSpace(indicator.Source), indicator.Id);
            Assert.NotEmpty(indicator.Examples);
        }
    }
}
