using ReportingEngine.Domain.Surveys;

namespace ReportingEngine.Domain.Satisfaction.Feedback;

/// <summary>
/// Groups praise and problem free texts by survey category with fixed keyword rules (R-SAT-4): simple,
/// deterministic, and printable beside the report so a reader can see why a remark landed where it did.
/// </summary>
/// <remarks>
/// <para>A text is cut into sentences at 。；;！!？?, line breaks and circled numbers (①…⑳), and each sentence into
/// clauses at ，,. A clause belongs to the category of the keyword that occurs earliest in it (a longer keyword wins at
/// the same position, then the earlier category). A clause without a keyword stays with the clause before it (or,
/// at the start of a sentence, with the next one that has a keyword); adjacent clauses of one category are joined
/// again with "，". Sentences without any keyword go to 其他.</para>
/// <para>Empty answers such as 无, 没有, 暂无, 无意见 are dropped.</para>
/// </remarks>
public static class FeedbackClassifier
{
    private static readonly char[] SentenceBreaks = ['。', '；', ';', '！', '!', '？', '?', '\n', '\r'];

    private static readonly char[] ClauseBreaks = ['，', ','];

    private static readonly char[] TrimChars = [' ', '\t', '\u3000', '，', ',', '、', '。', '.', '：', ':', '；', ';'];

    private static readonly HashSet<string> EmptyAnswers = new(StringComparer.Ordinal)
    {
        "无", "没有", "暂无", "无意见", "没意见", "没有意见", "无建议", "没有建议", "无问题", "没有问题", "/", "-", "—", "——",
    };

    /// <summary>The keyword rules, in category order.</summary>
    public static IReadOnlyList<FeedbackRule> Rules { get; } =
    [
        new(SurveyCategory.DailyManagement,
        [
            "礼仪", "礼貌", "服务态度", "服务人员", "保安", "安全", "护卫", "协防", "门岗", "巡逻", "治安",
            "清洁", "保洁", "卫生", "垃圾", "楼道", "绿化", "园林", "花草", "草坪", "树木",
            "维修", "报修", "修理", "停车", "车辆", "车位", "车场", "管理人员", "管家",
        ]),
        new(SurveyCategory.ComplaintHandling, ["投诉", "回访", "受理", "反馈", "回音", "处理结果"]),
        new(SurveyCategory.DailyCommunication,
        [
            "通知", "停水", "停电", "收费通知", "缴费通知", "交费通知", "政府", "防盗", "提示", "提醒", "征询", "沟通", "公告",
        ]),
        new(SurveyCategory.ConvenienceServices, ["便民", "无偿", "有偿", "免费服务", "代收", "代办", "服务项目"]),
        new(SurveyCategory.CommunityCulture, ["文化", "活动", "宣传栏", "精神面貌", "氛围", "场所"]),
        new(SurveyCategory.ManagementLevel, ["品牌", "管理水平", "财务", "口碑"]),
    ];

    /// <summary>Keywords by first character, longest first, then in category order: a left-to-right scan finds the earliest match.</summary>
    private static readonly Dictionary<char, (string Keyword, SurveyCategory Category)[]> KeywordsByFirstChar = Rules
        .SelectMany(r => r.Keywords.Select(k => (Keyword: k, r.Category)))
        .GroupBy(k => k.Keyword[0])
        .ToDictionary(g => g.Key, g => g.OrderByDescending(k => k.Keyword.Length).ThenBy(k => k.Category).ToArray());

    /// <summary>The category of one clause: the earliest keyword, then the longest, then category order.</summary>
    /// <param name="clause">A clause of free text.</param>
    /// <returns>The category, or null when no keyword occurs.</returns>
    public static SurveyCategory? Classify(string clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        var text = clause.AsSpan();
        for (var i = 0; i < text.Length; i++)
        {
            if (KeywordsByFirstChar.TryGetValue(text[i], out var candidates))
            {
                foreach (var (keyword, category) in candidates)
                {
                    if (text[i..].StartsWith(keyword, StringComparison.Ordinal))
                    {
                        return category;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>Cuts one free text into pieces, each with its category (null = 其他), in text order.</summary>
    /// <param name="text">The household's text.</param>
    /// <returns>The pieces.</returns>
    public static IReadOnlyList<(SurveyCategory? Category, string Text)> Split(string? text)
    {
        var pieces = new List<(SurveyCategory? Category, string Text)>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return pieces;
        }

        foreach (var sentence in SplitSentences(text))
        {
            var clauses = sentence.Split(ClauseBreaks, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(c => c.Trim(TrimChars))
                .Where(c => c.Length > 0)
                .ToList();
            if (clauses.Count == 0)
            {
                continue;
            }

            var categories = clauses.Select(Classify).ToList();
            SurveyCategory? current = categories.FirstOrDefault(c => c is not null);
            var run = new List<string>();
            for (var i = 0; i < clauses.Count; i++)
            {
                var category = categories[i] ?? current;
                if (category != current && run.Count > 0)
                {
                    pieces.Add((current, string.Join("，", run)));
                    run.Clear();
                }

                current = category;
                run.Add(clauses[i]);
            }

            pieces.Add((current, string.Join("，", run)));
        }

        return pieces;
    }

    /// <summary>Groups the free texts of many responses by category, in category order with 其他 last; empty groups are left out.</summary>
    /// <param name="texts">Response id, unit id and text, in the order to list them.</param>
    /// <returns>The groups.</returns>
    public static IReadOnlyList<FeedbackGroup> Group(IEnumerable<(string ResponseId, string UnitId, string? Text)> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var byCategory = new Dictionary<int, List<FeedbackEntry>>();
        const int Other = -1;
        foreach (var (responseId, unitId, text) in texts)
        {
            foreach (var (category, piece) in Split(text))
            {
                var key = category is { } c ? (int)c : Other;
                if (!byCategory.TryGetValue(key, out var entries))
                {
                    byCategory[key] = entries = [];
                }

                entries.Add(new FeedbackEntry(responseId, unitId, piece));
            }
        }

        var groups = new List<FeedbackGroup>();
        foreach (var category in SurveyCategories.All)
        {
            if (byCategory.TryGetValue((int)category, out var entries))
            {
                groups.Add(new FeedbackGroup(category, SurveyCategories.Name(category), entries));
            }
        }

        if (byCategory.TryGetValue(Other, out var others))
        {
            groups.Add(new FeedbackGroup(null, SurveyCategories.OtherName, others));
        }

        return groups;
    }

    private static IEnumerable<string> SplitSentences(string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || Array.IndexOf(SentenceBreaks, text[i]) >= 0 || IsCircledNumber(text[i]))
            {
                var sentence = text[start..i].Trim(TrimChars);
                if (sentence.Length > 0 && !EmptyAnswers.Contains(sentence))
                {
                    yield return sentence;
                }

                start = i + 1;
            }
        }
    }

    private static bool IsCircledNumber(char c) => c is >= '\u2460' and <= '\u2473';
}
