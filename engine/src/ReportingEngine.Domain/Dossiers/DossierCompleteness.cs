namespace ReportingEngine.Domain.Dossiers;

/// <summary>
/// 档案齐全性检查 — checks a dossier against a required-document catalog (R-DOS-2..4, R-DOS-9).
/// </summary>
/// <remarks>
/// A phase applies when its event happened: 入伙 once the unit is occupied, 装修 when a renovation
/// exists, 过户 when ownership changed. Conditional items apply only when one of the unit's
/// renovations meets the condition (R-DOS-3). Items sharing an alternative group are one line,
/// satisfied by any of them (R-DOS-4). An item demanding an original is not satisfied by a copy.
/// </remarks>
public static class DossierCompleteness
{
    /// <summary>Checks one dossier.</summary>
    /// <param name="dossier">The dossier.</param>
    /// <param name="catalog">The company profile's catalog.</param>
    /// <returns>One line per requirement in catalog order.</returns>
    public static CompletenessReport Evaluate(Dossier dossier, DocumentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(catalog);

        var lines = new List<RequirementResult>();
        var seenGroups = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in catalog.Items)
        {
            if (item.AlternativeGroup is { } group)
            {
                if (!seenGroups.Add(group))
                {
                    continue;
                }

                var alternatives = catalog.Items
                    .Where(i => string.Equals(i.AlternativeGroup, group, StringComparison.Ordinal))
                    .ToList();
                lines.Add(EvaluateRequirement(dossier, item.Phase, alternatives));
            }
            else
            {
                lines.Add(EvaluateRequirement(dossier, item.Phase, [item]));
            }
        }

        return new CompletenessReport(dossier.Unit.Id, catalog.Profile, lines);
    }

    /// <summary>Whether a phase applies to a dossier.</summary>
    /// <param name="dossier">The dossier.</param>
    /// <param name="phase">The phase.</param>
    /// <returns>True when the phase's documents are due.</returns>
    public static bool PhaseApplies(Dossier dossier, DossierPhase phase)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        return phase switch
        {
            DossierPhase.MoveIn => dossier.Unit.OccupiedOn is not null,
            DossierPhase.Renovation => dossier.Renovations.Count > 0,
            DossierPhase.Transfer => dossier.Transfers.Count > 0,
            _ => false,
        };
    }

    /// <summary>Whether a catalog condition holds for a dossier.</summary>
    /// <param name="dossier">The dossier.</param>
    /// <param name="condition">The condition.</param>
    /// <returns>True when the condition holds.</returns>
    public static bool ConditionHolds(Dossier dossier, CatalogCondition condition)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        return condition switch
        {
            CatalogCondition.Always => true,
            CatalogCondition.ExtensionRequested => dossier.Renovations.Any(r => r.ExtensionRequested),
            CatalogCondition.HotWork => dossier.Renovations.Any(r => r.HotWork),
            CatalogCondition.Violation => dossier.Renovations.Any(r => r.Violation),
            CatalogCondition.RenovationCompleted => dossier.Renovations.Any(r => r.CompletedOn is not null),
            _ => false,
        };
    }

    private static RequirementResult EvaluateRequirement(Dossier dossier, DossierPhase phase, List<CatalogItem> items)
    {
        if (!PhaseApplies(dossier, phase))
        {
            return new RequirementResult(phase, items, RequirementStatus.NotRequired, null, PhaseNote(phase));
        }

        var applicable = items.Where(i => ConditionHolds(dossier, i.Condition)).ToList();
        if (applicable.Count == 0)
        {
            return new RequirementResult(phase, items, RequirementStatus.NotRequired, null, ConditionNote(items[0].Condition));
        }

        DossierDocument? wrongForm = null;
        foreach (var item in applicable)
        {
            foreach (var document in dossier.Documents)
            {
                if (!string.Equals(document.KindCode, item.Code, StringComparison.Ordinal))
                {
                    continue;
                }

                if (item.Form == RequiredForm.Original && document.Form != DocumentForm.Original)
                {
                    wrongForm ??= document;
                    continue;
                }

                return new RequirementResult(phase, items, RequirementStatus.Present, document, null);
            }
        }

        var note = wrongForm is not null ? "需原件，仅存复印件" : null;
        return new RequirementResult(phase, items, RequirementStatus.Missing, null, note);
    }

    private static string PhaseNote(DossierPhase phase) => phase switch
    {
        DossierPhase.MoveIn => "未入伙",
        DossierPhase.Renovation => "无装修",
        DossierPhase.Transfer => "未过户",
        _ => "不适用",
    };

    private static string ConditionNote(CatalogCondition condition) => condition switch
    {
        CatalogCondition.ExtensionRequested => "未申请延期",
        CatalogCondition.HotWork => "未动用明火",
        CatalogCondition.Violation => "无违章",
        CatalogCondition.RenovationCompleted => "装修未竣工",
        _ => "不适用",
    };
}
