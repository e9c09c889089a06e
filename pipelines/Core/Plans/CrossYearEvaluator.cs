using MasterPlanEval.Core.Engines;
using MasterPlanEval.Core.Quality;

namespace MasterPlanEval.Core.Plans;

/// <summary>
/// Evaluates cross-year formulas (SDG 11.3.1 and the like) over values the engine has already computed: each
/// reads other indicators for the same unit in the year evaluated and in the unit's baseline year (the earliest run
/// year with values, see <see cref="CrossYearPeriod"/>). It runs in C# after the engine because it combines a few
/// thousand values, not fact rows, so every engine shares it. A formula may read another cross-year indicator: plans
/// are evaluated in dependency order.
/// </summary>
public static class CrossYearEvaluator
{
    public static IReadOnlyList<IndicatorValue> Evaluate(IReadOnlyList<IndicatorPlan> plans, IReadOnlyList<IndicatorValue> values, IReadOnlyList<int> years)
    {
        if (plans.Count == 0 || years.Count == 0)
        {
            return [];
        }

        var known = new Dictionary<(string Indicator, string Unit, int Year), IndicatorValue>();
        foreach (var value in values)
        {
            known[(value.IndicatorId, value.UnitId, value.Year)] = value;
        }

        var results = new List<IndicatorValue>();
        foreach (var plan in InDependencyOrder(plans))
        {
            var first = plan.References[0].IndicatorId;
            var units = known.Values
                .Where(v => v.IndicatorId == first && plan.Levels.Contains(v.Level))
                .Select(v => (v.Level, v.UnitId))
                .Distinct()
                .OrderBy(u => u.Level)
                .ThenBy(u => u.UnitId, StringComparer.Ordinal)
                .ToList();
            foreach (var (level, unit) in units)
            {
                var period = CrossYearPeriod.Resolve(plan, unit, years, known);
                foreach (var year in years)
                {
                    var context = new Context(known, unit, year, period.Baseline);
                    var result = period.Mismatch ? null : context.Eval(plan.Formula);
                    var parts = plan.References.Select(r => context.Lookup(r)).ToList();
                    var value = new IndicatorValue(
                        plan.IndicatorId,
                        level,
                        unit,
                        year,
                        result,
                        context.ZeroDenominator,
                        context.MissingInput ? 0 : parts.Count(p => p is not null),
                        parts.Select(p => p ?? double.NaN).ToList(),
                        period.Mismatch ? NotMeaningfulReason.DifferentPeriods : context.NotMeaningful,
                        period.Baseline,
                        context.MissingInputs.Count > 0 ? context.MissingInputs.ToList() : null,
                        context.Gaps.Count > 0 ? context.Gaps.Values.ToList() : null);
                    known[(plan.IndicatorId, unit, year)] = value;
                    results.Add(value);
                }
            }
        }

        return results;
    }

    /// <summary>Plans after the cross-year plans they read; the catalog loader has refused cycles.</summary>
    public static IReadOnlyList<IndicatorPlan> InDependencyOrder(IReadOnlyList<IndicatorPlan> plans)
    {
        var byId = plans.ToDictionary(p => p.IndicatorId, StringComparer.Ordinal);
        var ordered = new List<IndicatorPlan>();
        var done = new HashSet<string>(StringComparer.Ordinal);
        void Add(IndicatorPlan plan)
        {
            if (!done.Add(plan.IndicatorId))
            {
                return;
            }

            foreach (var reference in plan.References)
            {
                if (byId.TryGetValue(reference.IndicatorId, out var dependency))
                {
                    Add(dependency);
                }
            }

            ordered.Add(plan);
        }

        foreach (var plan in plans)
        {
            Add(plan);
        }

        return ordered;
    }

    private sealed class Context(Dictionary<(string Indicator, string Unit, int Year), IndicatorValue> known, string unit, int year, int? baseline)
    {
        public bool ZeroDenominator { get; private set; }

        public NotMeaningfulReason? NotMeaningful { get; private set; }

        /// <summary>An input had no value from input rows (or no baseline year had one): the result gets no_input_rows.</summary>
        public bool MissingInput { get; private set; }

        /// <summary>The inputs missing under the values read, passed on so the result names them too.</summary>
        public SortedSet<string> MissingInputs { get; } = new(StringComparer.Ordinal);

        /// <summary>The widest gap of each input under the values read: a rate over incomplete data is not judged either.</summary>
        public SortedDictionary<string, InputGap> Gaps { get; } = new(StringComparer.Ordinal);

        public double? Lookup(IndicatorRef reference) =>
            YearOf(reference) is { } at && CrossYearPeriod.HasValue(known, reference.IndicatorId, unit, at) ? known[(reference.IndicatorId, unit, at)].Value : null;

        private int? YearOf(IndicatorRef reference) => reference.AtBaseline ? baseline : year;

        // A missing input passes on why it is missing, so the result's quality flags explain its own absence.
        private double? Read(IndicatorRef reference)
        {
            var v = YearOf(reference) is { } at && known.TryGetValue((reference.IndicatorId, unit, at), out var found) ? found : null;
            if (v is null || v.InputRows == 0 || v.MissingInputs is not null)
            {
                MissingInput = true;
                MissingInputs.UnionWith(v?.MissingInputs ?? []);
            }
            else if (v.Value is null)
            {
                ZeroDenominator |= v.ZeroDenominator;
                NotMeaningful ??= v.NotMeaningful;
            }

            foreach (var gap in v?.Gaps ?? [])
            {
                if (!Gaps.TryGetValue(gap.Input, out var widest) || widest.Missing < gap.Missing)
                {
                    Gaps[gap.Input] = gap;
                }
            }

            return Lookup(reference);
        }

        public double? Eval(PlanExpr node) => node switch
        {
            NumberLiteral n => n.Value,
            IndicatorRef r => Read(r),

            // The period runs forward from the baseline: a year before it has no value.
            YearsSinceBaseline => year >= baseline ? year - baseline : null,
            ArithmeticExpr { Op: ArithmeticOp.Divide } d => Divide(Eval(d.Left), Eval(d.Right)),
            ArithmeticExpr a => Arithmetic(a.Op, Eval(a.Left), Eval(a.Right)),
            FunctionExpr { Function: ScalarFunction.Ln } f => Eval(f.Argument) is double x && x > 0 ? Math.Log(x) : null,
            FunctionExpr { Function: ScalarFunction.PLogP } f => Eval(f.Argument) is double p ? (p > 0 ? p * Math.Log(p) : 0) : null,
            MeaningfulRatioExpr m => MeaningfulRatio(Eval(m.Numerator), Eval(m.Denominator), Eval(m.Minimum)),
            _ => throw new InvalidOperationException($"{node.GetType().Name} cannot stand in a cross-year formula"),
        };

        private double? Divide(double? numerator, double? denominator)
        {
            if (denominator == 0)
            {
                ZeroDenominator = true;
                return null;
            }

            return PlainZero(numerator / denominator);
        }

        private double? MeaningfulRatio(double? numerator, double? denominator, double? minimum)
        {
            if (numerator is null || denominator is null || minimum is null)
            {
                return null;
            }

            if (Math.Abs(denominator.Value) < minimum.Value)
            {
                NotMeaningful = NotMeaningfulReason.DenominatorNearZero;
                return null;
            }

            if (numerator.Value * denominator.Value < 0)
            {
                NotMeaningful = NotMeaningfulReason.OppositeSigns;
                return null;
            }

            return PlainZero(numerator / denominator);
        }

        // 0 / −0.005 is −0 in IEEE arithmetic; a report shows 0.
        private static double? PlainZero(double? value) => value == 0 ? 0 : value;

        private static double? Arithmetic(ArithmeticOp op, double? left, double? right) => op switch
        {
            ArithmeticOp.Add => left + right,
            ArithmeticOp.Subtract => left - right,
            ArithmeticOp.Multiply => left * right,
            _ => throw new ArgumentOutOfRangeException(nameof(op)),
        };
    }
}
