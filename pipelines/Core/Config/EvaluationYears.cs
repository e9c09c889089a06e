namespace MasterPlanEval.Core.Config;

/// <summary>
/// The years an evaluation may name: from 1949 (the first national statistics of the People's Republic)
/// to 2100 (beyond every plan horizon). A year outside is a typo (202, 20200), not a plan year.
/// </summary>
public static class EvaluationYears
{
    public const int First = 1949;
    public const int Last = 2100;

    public static bool IsPlausible(int year) => year is >= First and <= Last;
}
