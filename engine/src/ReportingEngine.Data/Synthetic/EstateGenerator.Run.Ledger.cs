using ReportingEngine.Domain.Collection;
using ReportingEngine.Domain.Common;
using ReportingEngine.Domain.Dossiers;
using ReportingEngine.Domain.Fees;
using ReportingEngine.Domain.Service;
using ReportingEngine.Domain.Surveys;

namespace ReportingEngine.Data.Synthetic;

public static partial class EstateGenerator
{
    private sealed partial class Run
    {
        private static readonly PaymentMethod[] Methods = [PaymentMethod.BankDebit, PaymentMethod.BankDebit, PaymentMethod.Wechat, PaymentMethod.Alipay, PaymentMethod.Cash, PaymentMethod.Transfer];

        private void Bills(string communityId, string unitId, bool residence, decimal area, decimal managementRate, decimal equipmentRate, string ownerName)
        {
            var pattern = Pattern();
            var unpaidMonths = pattern switch
            {
                ArrearsPattern.OneMonthLate => 1,
                ArrearsPattern.Months3 => 3,
                ArrearsPattern.Months8 => 8,
                ArrearsPattern.Months14 => 14,
                ArrearsPattern.Months40 => 40,
                _ => 0,
            };
            var parking = random.Chance(0.25);
            var reading = (decimal)random.Between(100, 2000);
            var first = FirstPeriod(options);
            var management = Money.Line(area, managementRate);
            // R-FEE-1: the building-equipment operating fee is a paid service of commercial units only.
            var equipment = residence ? 0m : Money.Line(area, equipmentRate);
            decimal arrears = 0;
            for (var k = 0; k < options.Months; k++)
            {
                var period = first.AddMonths(k);
                var periodText = period.ToString();
                var billId = unitId + "-" + periodText;
                var consumption = (decimal)random.Between(3, 25);
                F("meter_readings").Text(billId + "-W").Text(unitId).Text(communityId + "-WATER").Text(periodText).Dec(reading).Dec(reading + consumption)
                    .Date(Day(period, 5)).End();
                reading += consumption;
                var water = Money.Line(consumption, 4.10m);
                var total = management + equipment + water + (parking ? (communityId == "C02" ? 600m : 300m) : 0m);
                var line = 0;
                var lines = F("bill_lines");
                if (k == 0 && unpaidMonths > options.Months)
                {
                    // Arrears older than the bill history are carried forward as one line on the first bill.
                    var carriedMonths = unpaidMonths - options.Months;
                    var carried = Money.Line(carriedMonths, management + equipment);
                    total += carried;
                    lines.Text(Inv($"{billId}-{++line}")).Text(billId).Text(communityId + "-ARREARS")
                        .Text(Inv($"往期欠费结转 {first.AddMonths(-carriedMonths)}至{first.AddMonths(-1)}")).Int(carriedMonths).Dec(management + equipment).Money(carried).End();
                }

                lines.Text(Inv($"{billId}-{++line}")).Text(billId).Text(communityId + "-MGMT").Text("物业管理费").Dec(area).Dec(managementRate).Money(management).End();
                if (equipment > 0)
                {
                    lines.Text(Inv($"{billId}-{++line}")).Text(billId).Text(communityId + "-EQUIP").Text("楼宇设备运行费").Dec(area).Dec(equipmentRate).Money(equipment).End();
                }
                lines.Text(Inv($"{billId}-{++line}")).Text(billId).Text(communityId + "-WATER").Text("水费").Dec(consumption).Dec(4.10m).Money(water).End();
                if (parking)
                {
                    var fee = communityId == "C02" ? 600m : 300m;
                    lines.Text(Inv($"{billId}-{++line}")).Text(billId).Text(communityId + "-PARK").Text("停车费").Int(1).Dec(fee).Money(fee).End();
                }

                // R-FEE-2: the payment request reaches the owner on the 15th; due before the 20th.
                F("bills").Text(billId).Text(unitId).Text(periodText).Date(Day(period, 15)).Date(Day(period, 20)).Money(total).End();
                var unpaid = k >= options.Months - unpaidMonths;
                if (unpaid)
                {
                    arrears += total;
                    continue;
                }

                var paidOn = pattern == ArrearsPattern.OneMonthLate ? Day(period, 20).AddDays(random.Between(25, 40)) : Day(period, random.Between(15, 19));
                receiptNumber++;
                F("payments").Text(billId + "-P").Text(billId).Text(unitId).Date(paidOn).Money(total).Text(Code(random.Pick(Methods)))
                    .Text(Inv($"SJ{receiptNumber:0000000}")).End();
            }

            Collection(unitId, pattern, arrears, ownerName);
        }

        private void Collection(string unitId, ArrearsPattern pattern, decimal arrears, string ownerName)
        {
            if (pattern is ArrearsPattern.OnTime or ArrearsPattern.OneMonthLate)
            {
                return;
            }

            var last = options.LastPeriod;
            var n = 0;
            void Action(CollectionActionKind kind, DateTime at, CollectionOutcome outcome, ApprovalState? approval, string note) =>
                F("collection_actions").Text(Inv($"{unitId}-CA{++n:00}")).Text(unitId).Text(Code(kind)).Moment(at)
                    .Text(kind == CollectionActionKind.Visit ? "陈晓明、黄志伟" : random.Pick(ChineseNames.Staff)).Text(Code(outcome)).Text(approval is { } a ? Code(a) : null)
                    .Money(arrears).Text(note).End();
            var d = 0;
            void Deliver(DeliveredDocumentKind kind, BillingPeriod period, DateOnly on, DeliveryEvidence evidence, bool notarized, string reference) =>
                F("deliveries").Text(Inv($"{unitId}-DL{++d:00}")).Text(unitId).Text(Code(kind)).Text(period.ToString()).Money(arrears).Date(on).Text(Code(evidence))
                    .Bool(notarized).Text(reference).Text(random.Pick(ChineseNames.Staff)).End();

            var month = last.FirstDay.ToDateTime(new TimeOnly(10, 0));
            // R-COL-1 step 1: reminder notices; step 3: door-to-door by two staff, evenings or weekends, when more than two months past due.
            Action(CollectionActionKind.Reminder, month.AddDays(25), CollectionOutcome.Delivered, null, "催缴通知已送达，业主 " + ownerName + " 签收");
            Deliver(DeliveredDocumentKind.Reminder, last, DateOnly.FromDateTime(month.AddDays(25)), DeliveryEvidence.SignedReceipt, false, Inv($"HZ-{unitId}"));
            switch (pattern)
            {
                case ArrearsPattern.Months3:
                    Action(CollectionActionKind.Call, month.AddDays(-20).AddHours(9), CollectionOutcome.Promised, null, "电话催缴，业主承诺月底前缴清");
                    Action(CollectionActionKind.Visit, month.AddDays(26).AddHours(9), CollectionOutcome.Promised, null, "晚间上门催缴，业主表示近期缴纳");
                    break;
                case ArrearsPattern.Months8:
                    Action(CollectionActionKind.Visit, month.AddMonths(-4).AddHours(9), CollectionOutcome.Refused, null, "上门催缴，业主拒绝开门");
                    Action(CollectionActionKind.Visit, month.AddMonths(-2).AddHours(9), CollectionOutcome.Refused, null, "周末上门催缴，业主以服务质量为由拒缴");
                    // R-COL-1 step 4: two refused visits and not more than one year overdue → lawyer letter, approved, not yet sent.
                    Action(CollectionActionKind.LawyerLetter, month.AddDays(-10), CollectionOutcome.Pending, ApprovalState.Approved, "律师函名单已经公司领导审批");
                    break;
                case ArrearsPattern.Months14:
                    Action(CollectionActionKind.Visit, month.AddMonths(-9).AddHours(9), CollectionOutcome.NoAnswer, null, "上门催缴，无人在家");
                    Action(CollectionActionKind.Visit, month.AddMonths(-8).AddHours(9), CollectionOutcome.Refused, null, "上门催缴，业主拒绝");
                    Action(CollectionActionKind.LawyerLetter, month.AddMonths(-6), CollectionOutcome.Delivered, ApprovalState.Sent, "律师事务所已发出律师函");
                    Deliver(DeliveredDocumentKind.LawyerLetter, last.AddMonths(-6), DateOnly.FromDateTime(month.AddMonths(-6).AddDays(3)), DeliveryEvidence.PostWaybill, false,
                        Inv($"EMS{random.Between(100000000, 999999999)}CN"));
                    break;
                case ArrearsPattern.Months40:
                    Action(CollectionActionKind.Visit, month.AddMonths(-20).AddHours(9), CollectionOutcome.Refused, null, "上门催缴，业主拒绝");
                    Action(CollectionActionKind.Visit, month.AddMonths(-18).AddHours(9), CollectionOutcome.Refused, null, "再次上门，业主拒绝沟通");
                    Action(CollectionActionKind.LawyerLetter, month.AddMonths(-17), CollectionOutcome.Delivered, ApprovalState.Sent, "律师函已发出");
                    Action(CollectionActionKind.LawyerLetter, month.AddDays(-5), CollectionOutcome.Pending, ApprovalState.Drafted, "客服中心拟定第二次律师函名单，待审批");
                    Deliver(DeliveredDocumentKind.LawyerLetter, last.AddMonths(-17), DateOnly.FromDateTime(month.AddMonths(-17).AddDays(4)), DeliveryEvidence.PostWaybill, false,
                        Inv($"SF{random.Between(100000000, 999999999)}"));
                    // R-COL-2: public posting of the arrears list in the lobby, notarized.
                    Deliver(DeliveredDocumentKind.FeeNotice, last.AddMonths(-6), DateOnly.FromDateTime(month.AddMonths(-6)), DeliveryEvidence.PublicPosting, true,
                        Inv($"(2026)深南证字第{random.Between(1000, 9999)}号"));
                    break;
            }
        }

        private void Borrowing(string unitId)
        {
            borrowingCount++;
            var first = borrowingCount == 1;
            var borrowed = new DateTime(2026, 8, 1, 9, 0, 0).AddDays(random.Below(100)).AddMinutes(random.Below(480));
            var original = first || random.Chance(0.15);
            var sameDay = original;
            var due = sameDay ? borrowed.Date.AddHours(18) : borrowed.AddDays(7);
            var unreturned = first || random.Chance(0.2);
            var returned = unreturned ? (DateTime?)null : due.AddHours(-random.Between(1, 6));
            var department = first ? "法务部" : random.PickOf("工程部", "财务部", "安保部", "法务部");
            var item = random.Pick(DefaultDocumentCatalog.Instance.Items);
            F("borrowings").Text(unitId + "-BW").Text(unitId).Text(item.Name).Text(Code(original ? DocumentForm.Original : DocumentForm.Copy))
                .Text(random.Pick(ChineseNames.Staff)).Text(department).Text(first ? "诉讼取证，律师要求查看原件" : "核对业主资料")
                .Text(first ? "总经理 王振华" : "客户服务主管 林小红").Moment(borrowed).Moment(due).Moment(returned)
                .Bool(first).Text(returned is null ? null : random.Chance(0.9) ? "1" : "0").End();
        }

        private void Service(int communityIndex, string communityId, string unitId, bool occupied)
        {
            if (!occupied)
            {
                return;
            }

            if (random.Chance(0.10))
            {
                var received = new DateTime(2026, random.Between(1, 10), random.Between(1, 28), random.Between(8, 19), random.Below(60), 0);
                var level = random.Below(100) switch { < 75 => ComplaintLevel.General, < 95 => ComplaintLevel.Important, _ => ComplaintLevel.Major };
                var breach = random.Chance(0.15);
                DateTime? fixedAt = level switch
                {
                    ComplaintLevel.General => received.AddMinutes(breach ? random.Between(25, 90) : random.Between(5, 18)),
                    ComplaintLevel.Important => received.AddHours(breach ? random.Between(13, 30) : random.Between(1, 10)),
                    _ => received.AddHours(random.Between(2, 11)),
                };
                DateTime? replied = level == ComplaintLevel.Major
                    ? received.AddMinutes(breach ? random.Between(40, 120) : random.Between(10, 25))
                    : fixedAt.Value.AddMinutes(random.Between(3, 10));
                if (random.Chance(0.02))
                {
                    fixedAt = null;
                    replied = null;
                }

                F("complaints").Text(unitId + "-CP").Text(unitId).Text(communityId).Text(Code(level)).Text(random.Pick(ChineseNames.ComplaintCategories))
                    .Text(random.Pick(ChineseNames.ComplaintTexts)).Moment(received).Moment(fixedAt).Moment(replied).Text(random.PickOf("工程部", "保洁部", "安保部", "客服中心"))
                    .Text(fixedAt is null ? null : "已处理并回复业主").End();
            }

            if (random.Chance(0.25))
            {
                Repair(unitId, unitId + "-RP1", null);
                if (random.Chance(0.05))
                {
                    Repair(unitId, unitId + "-RP2", unitId + "-RP1");
                }
            }

            if (random.Chance(0.08))
            {
                var month = random.Between(1, 10);
                var manager = !managerVisited[communityIndex, month - 1];
                managerVisited[communityIndex, month - 1] = true;
                F("visits").Text(unitId + "-VS").Text(unitId).Date(new DateOnly(2026, month, random.Between(1, 28)))
                    .Text(manager ? "服务中心经理 孙建华、" + random.Pick(ChineseNames.Staff) : random.Pick(ChineseNames.Staff)).Bool(manager)
                    .Text(random.Pick(ChineseNames.VisitTopics)).Text("业主对服务总体满意，建议加强停车管理。").End();
            }
        }

        private void Repair(string unitId, string id, string? repeatOf)
        {
            var called = new DateTime(2026, random.Between(1, 10), random.Between(1, 28), random.Between(7, 21), random.Below(60), 0);
            if (repeatOf is not null)
            {
                called = called.AddMonths(1);
            }

            var urgent = random.Chance(0.15);
            var dispatched = called.AddMinutes(random.Chance(0.10) ? random.Between(4, 15) : random.Between(1, 3));
            var arrived = dispatched.AddMinutes(random.Chance(0.12) ? random.Between(16, 40) : urgent ? random.Between(4, 9) : random.Between(5, 14));
            var open = random.Chance(0.03);
            DateTime? finished = open ? null : arrived.AddMinutes(random.Between(20, 180));
            DateTime? followUp = finished is { } f && random.Chance(0.95) ? f.AddDays(1).Date.AddHours(10) : null;
            F("repairs").Text(id).Text(unitId).Text(random.Pick(ChineseNames.RepairCategories)).Text(random.Pick(ChineseNames.RepairTexts)).Bool(urgent)
                .Moment(called).Moment(dispatched).Moment(arrived).Moment(finished).Text(random.Pick(ChineseNames.Workers)).Moment(followUp)
                .Text(followUp is null ? null : random.PickOf("满意", "满意", "基本满意", "不满意")).Text(repeatOf).End();
        }

        private void Surveys(int communityIndex, string unitId, bool occupied, bool designated)
        {
            var baseScore = communityIndex switch { 0 => 43, 1 => 40, _ => 37 };
            foreach (var quarter in new[] { new SurveyQuarter(2026, 2), new SurveyQuarter(2026, 3) })
            {
                // R-SAT-3: at least one household per entrance and about 12 % overall.
                if (!designated && !(occupied && random.Chance(0.12)))
                {
                    continue;
                }

                var row = F("survey_responses").Text(unitId + "-" + quarter).Text(unitId).Text(quarter.ToString()).Date(quarter.FirstDay.AddMonths(2).AddDays(random.Below(20)));
                for (var item = 1; item <= SurveyItems.Count; item++)
                {
                    var score = (baseScore + random.Between(-15, 12) - (item == 6 && communityIndex == 0 ? 8 : 0) + 5) / 10;
                    row.Int(Math.Clamp(score, SurveyItems.MinScore, SurveyItems.MaxScore));
                }

                row.Text(random.Pick(ChineseNames.Praise)).Text(random.Pick(ChineseNames.Problems)).End();
            }
        }
    }
}
