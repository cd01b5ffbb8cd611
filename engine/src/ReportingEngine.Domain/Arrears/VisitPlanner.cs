using ReportingEngine.Domain.Billing;

namespace ReportingEngine.Domain.Arrears;

/// <summary>上门催收安排 — groups units into teams of at least two staff, evenings or weekends (R-COL-1 step 3).</summary>
public static class VisitPlanner
{
    /// <summary>The evening and weekend slots between two days, inclusive, in time order.</summary>
    /// <param name="from">First day.</param>
    /// <param name="to">Last day.</param>
    /// <param name="options">Windows, <see cref="VisitPlanOptions.Default"/> when null.</param>
    /// <returns>The slots.</returns>
    public static IReadOnlyList<VisitSlot> Slots(DateOnly from, DateOnly to, VisitPlanOptions? options = null)
    {
        options = VisitPlanOptions.Checked(options);
        var slots = new List<VisitSlot>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                slots.AddRange(options.Weekend.Select(w => new VisitSlot(day, w.Start, w.End)));
            }
            else
            {
                slots.Add(new VisitSlot(day, options.Evening.Start, options.Evening.End));
            }
        }

        return slots;
    }

    /// <summary>Plans visits.</summary>
    /// <param name="targets">Units to visit, in delivery order.</param>
    /// <param name="staff">Staff available, in the order teams are formed.</param>
    /// <param name="slots">Evening/weekend slots (see <see cref="Slots"/>); other slots are refused.</param>
    /// <param name="options">Team size and capacity, the default when null.</param>
    /// <returns>The plan.</returns>
    /// <remarks>
    /// Staff form ⌊n / size⌋ teams; the remainder joins the first teams, so no team is below the minimum. A building
    /// goes to one team (the least loaded, then the lowest number) so a team works one staircase at a time. Each team
    /// fills its slots in time order up to the per-slot capacity; what does not fit is reported, never dropped.
    /// </remarks>
    public static VisitPlan Plan(
        IReadOnlyList<VisitTarget> targets,
        IReadOnlyList<string> staff,
        IReadOnlyList<VisitSlot> slots,
        VisitPlanOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(staff);
        ArgumentNullException.ThrowIfNull(slots);
        options = VisitPlanOptions.Checked(options);
        var size = options.TeamSize;
        var issues = new List<BillingIssue>();
        var members = staff.Where(s => !string.IsNullOrWhiteSpace(s)).Distinct(StringComparer.Ordinal).ToList();
        if (targets.Count == 0)
        {
            return new VisitPlan([], [], issues);
        }

        if (members.Count < size)
        {
            issues.Add(Problem(ArrearsMessages.NotEnoughStaff(members.Count)));
            return new VisitPlan([], targets, issues);
        }

        // R-COL-1 step 3: evenings or weekends only.
        var usable = slots
            .Where(s => s.IsWeekend || s.Start >= options.Evening.Start)
            .OrderBy(s => s.Day).ThenBy(s => s.Start)
            .ToList();
        if (usable.Count == 0)
        {
            issues.Add(Problem(ArrearsMessages.NoSlots()));
            return new VisitPlan([], targets, issues);
        }

        var teamCount = members.Count / size;
        var teamStaff = Enumerable.Range(0, teamCount).Select(_ => new List<string>()).ToList();
        for (var i = 0; i < members.Count; i++)
        {
            teamStaff[i < teamCount * size ? i / size : i % teamCount].Add(members[i]);
        }

        var teamTargets = Enumerable.Range(0, teamCount).Select(_ => new List<VisitTarget>()).ToList();
        foreach (var building in targets.GroupBy(t => t.BuildingId, StringComparer.Ordinal))
        {
            var least = teamTargets.Select((list, index) => (list.Count, index)).Min().index;
            teamTargets[least].AddRange(building);
        }

        var capacity = options.VisitsPerSlot;
        var teams = new List<VisitTeam>();
        var unplanned = new List<VisitTarget>();
        for (var t = 0; t < teamCount; t++)
        {
            var visits = new List<VisitAssignment>();
            for (var i = 0; i < teamTargets[t].Count; i++)
            {
                var slotIndex = i / capacity;
                if (slotIndex < usable.Count)
                {
                    visits.Add(new VisitAssignment(teamTargets[t][i], usable[slotIndex]));
                }
                else
                {
                    unplanned.Add(teamTargets[t][i]);
                    issues.Add(new BillingIssue(IssueSeverity.Warning, ArrearsMessages.UnitKey(teamTargets[t][i].UnitId), ArrearsMessages.SlotsFull(teamTargets[t][i].UnitLabel), "R-COL-1"));
                }
            }

            teams.Add(new VisitTeam(t + 1, teamStaff[t], visits));
        }

        return new VisitPlan(teams, unplanned, issues);
    }

    private static BillingIssue Problem(string message) => new(IssueSeverity.Error, "visit plan", message, "R-COL-1");
}
