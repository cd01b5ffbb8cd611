namespace ReportingEngine.Domain.Satisfaction.Sampling;

/// <summary>
/// Largest-remainder (Hamilton) apportionment of a whole number of seats to groups in proportion to their
/// weights, with a lower and an upper bound per group (R-SAT-3: each entrance at least one household, no group
/// more households than it has).
/// </summary>
/// <remarks>
/// Groups whose proportional quota falls below their lower bound are fixed at it, the rest re-apportioned; the same
/// for upper bounds; then each free group gets the whole part of its quota and the seats left go to the largest
/// remainders. Remainders are compared exactly in integers; ties go to the smaller tie key (random keys drawn
/// from the plan's seed, so no group is favoured for its position), then to the earlier group.
/// </remarks>
internal static class Apportionment
{
    public static int[] Apportion(int seats, IReadOnlyList<int> weights, IReadOnlyList<int> lower, IReadOnlyList<int> upper, IReadOnlyList<ulong> tieKeys)
    {
        var n = weights.Count;
        var allocation = new int[n];
        var isFixed = new bool[n];
        while (true)
        {
            long remaining = seats;
            long weightSum = 0;
            for (var i = 0; i < n; i++)
            {
                if (isFixed[i])
                {
                    remaining -= allocation[i];
                }
                else
                {
                    weightSum += weights[i];
                }
            }

            if (weightSum == 0 || remaining < 0)
            {
                break;
            }

            if (FixViolators(weights, lower, isFixed, allocation, remaining, weightSum, below: true)
                || FixViolators(weights, upper, isFixed, allocation, remaining, weightSum, below: false))
            {
                continue;
            }

            DistributeFree(weights, tieKeys, isFixed, allocation, remaining, weightSum);
            break;
        }

        Repair(seats, weights, lower, upper, allocation);
        return allocation;
    }

    private static bool FixViolators(IReadOnlyList<int> weights, IReadOnlyList<int> bound, bool[] isFixed, int[] allocation, long remaining, long weightSum, bool below)
    {
        var any = false;
        for (var i = 0; i < weights.Count; i++)
        {
            if (isFixed[i])
            {
                continue;
            }

            // quota = remaining × w / W, compared with the bound without division.
            var scaledQuota = remaining * weights[i];
            var scaledBound = bound[i] * weightSum;
            if (below ? scaledQuota < scaledBound : scaledQuota > scaledBound)
            {
                isFixed[i] = true;
                allocation[i] = bound[i];
                any = true;
            }
        }

        return any;
    }

    private static void DistributeFree(IReadOnlyList<int> weights, IReadOnlyList<ulong> tieKeys, bool[] isFixed, int[] allocation, long remaining, long weightSum)
    {
        var free = new List<int>();
        var given = 0L;
        for (var i = 0; i < weights.Count; i++)
        {
            if (!isFixed[i])
            {
                allocation[i] = (int)(remaining * weights[i] / weightSum);
                given += allocation[i];
                free.Add(i);
            }
        }

        free.Sort((a, b) =>
        {
            var ra = remaining * weights[a] % weightSum;
            var rb = remaining * weights[b] % weightSum;
            var byRemainder = rb.CompareTo(ra);
            if (byRemainder != 0)
            {
                return byRemainder;
            }

            var byKey = tieKeys[a].CompareTo(tieKeys[b]);
            return byKey != 0 ? byKey : a.CompareTo(b);
        });
        for (var k = 0; k < remaining - given; k++)
        {
            allocation[free[k]]++;
        }
    }

    /// <summary>
    /// Safety net for bound combinations the fixing loop cannot settle (both bounds binding at once): moves single
    /// seats until the total is right, always within the bounds, preferring the group furthest from its quota.
    /// </summary>
    private static void Repair(int seats, IReadOnlyList<int> weights, IReadOnlyList<int> lower, IReadOnlyList<int> upper, int[] allocation)
    {
        long weightSum = weights.Sum(w => (long)w);
        var total = allocation.Sum();
        while (total != seats)
        {
            var best = -1;
            decimal bestGap = 0m;
            for (var i = 0; i < allocation.Length; i++)
            {
                var canMove = total < seats ? allocation[i] < upper[i] : allocation[i] > lower[i];
                if (!canMove)
                {
                    continue;
                }

                var quota = weightSum == 0 ? 0m : (decimal)seats * weights[i] / weightSum;
                var gap = total < seats ? quota - allocation[i] : allocation[i] - quota;
                if (best < 0 || gap > bestGap)
                {
                    best = i;
                    bestGap = gap;
                }
            }

            if (best < 0)
            {
                throw new InvalidOperationException(SatisfactionMessages.InfeasibleApportionment);
            }

            allocation[best] += total < seats ? 1 : -1;
            total += total < seats ? 1 : -1;
        }
    }
}
