using ReportingEngine.Domain.Archive;
using ReportingEngine.Domain.Dossiers;
using ReportingEngine.Domain.Estate;
using ReportingEngine.Domain.Fees;

namespace ReportingEngine.Data.Synthetic;

public static partial class EstateGenerator
{
    private sealed partial class Run(GeneratorOptions options, Dictionary<string, CsvOut> files, CancellationToken cancellationToken)
    {
        private const string CompanyId = "HA";
        private static readonly DateOnly DataDate = new(2026, 11, 10);
        private readonly SplitMix random = new((ulong)options.Seed);
        private readonly bool[,] managerVisited = new bool[3, 12];
        private int unitIndex;
        private int receiptNumber;
        private int borrowingCount;

        private CsvOut F(string table) => files[table];

        public void Execute()
        {
            F("company_profiles").Text(CompanyId).Text("华安物业服务有限公司").Text(DefaultDocumentCatalog.ProfileName).Text("0755-88886666").Text("深圳市南山区科技园华安大厦3楼").End();
            foreach (var item in CatalogRows())
            {
                F("document_catalog").Text(CatalogId(item.Code)).Text(DefaultDocumentCatalog.ProfileName).Text(item.Code).Text(item.Name).Text(Code(item.Phase))
                    .Text(Code(item.Form)).Text(item.AlternativeGroup).Text(Code(item.Condition)).Int(item.SortOrder).End();
            }

            var residential = options.Units * 50 / 100;
            var commercial = options.Units * 20 / 100;
            Community(0, "C01", "翠湖花园", CommunityKind.Residential, "深圳市南山区翠湖路88号", new DateOnly(2019, 6, 1), residential, 3.20m);
            Community(1, "C02", "金融大厦", CommunityKind.Commercial, "深圳市福田区深南大道1008号", new DateOnly(2021, 3, 1), commercial, 9.80m);
            Community(2, "C03", "锦绣广场", CommunityKind.Mixed, "深圳市宝安区新安街道锦绣路6号", new DateOnly(2024, 9, 1), options.Units - residential - commercial, 3.80m);
        }

        private void Community(int index, string id, string name, CommunityKind kind, string address, DateOnly moveInStart, int units, decimal managementRate)
        {
            F("communities").Text(id).Text(CompanyId).Text(name).Text(Code(kind)).Text(address).Date(moveInStart).Int(units).Text(Inv($"0755-2{index + 1}{index + 3}66{index}88")).End();
            var equipmentRate = kind == CommunityKind.Commercial ? 1.20m : 0.40m;
            FeeItem(id, "MGMT", "物业管理费", FeeKind.Management, RateBasis.PerSquareMetre, managementRate, "m²");
            FeeItem(id, "EQUIP", "楼宇设备运行费", FeeKind.EquipmentOperation, RateBasis.PerSquareMetre, equipmentRate, "m²");
            FeeItem(id, "WATER", "水费", FeeKind.Water, RateBasis.Metered, 4.10m, "m³");
            FeeItem(id, "PARK", "停车费", FeeKind.Parking, RateBasis.PerUnit, kind == CommunityKind.Commercial ? 600m : 300m, "位");
            FeeItem(id, "ARREARS", "往期欠费结转", FeeKind.ArrearsCarried, RateBasis.Fixed, 0m, "月");
            MajorEvents(id, moveInStart);
            Inspections(id, moveInStart, units);

            var remaining = units;
            var buildingNumber = 0;
            while (remaining > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                buildingNumber++;
                var shops = kind == CommunityKind.Mixed && buildingNumber == 1;
                var tower = kind == CommunityKind.Commercial || shops;
                var (floors, entrances, roomsPerEntrance) = shops ? (3, 1, 10) : kind == CommunityKind.Commercial ? (30, 1, 8) : (18, 2, 2);
                var capacity = floors * entrances * roomsPerEntrance;
                var count = Math.Min(capacity, remaining);
                remaining -= count;
                var usedFloors = (count + (entrances * roomsPerEntrance) - 1) / (entrances * roomsPerEntrance);
                var buildingId = Inv($"{id}-B{buildingNumber:00}");
                var buildingName = tower && !shops ? Inv($"{(char)('A' + buildingNumber - 1)}座") : shops ? "商业裙楼" : Inv($"{buildingNumber}栋");
                F("buildings").Text(buildingId).Text(id).Text(buildingName).Text(Code(tower ? BuildingKind.Commercial : BuildingKind.Residential))
                    .Int(entrances).Int(usedFloors).Int(buildingNumber).End();
                var made = 0;
                for (var floor = 1; floor <= floors && made < count; floor++)
                {
                    for (var entrance = 1; entrance <= entrances && made < count; entrance++)
                    {
                        for (var r = 1; r <= roomsPerEntrance && made < count; r++)
                        {
                            made++;
                            var room = Inv($"{((entrance - 1) * roomsPerEntrance) + r:00}");
                            var use = shops ? UnitUse.Shop : tower ? UnitUse.Office : UnitUse.Residence;
                            var designatedSurveyFloor = 1 + (entrance % Math.Max(1, usedFloors - 1));
                            Unit(index, id, buildingId, entrance, floor, room, use, moveInStart, managementRate, equipmentRate, r == 1 && floor == designatedSurveyFloor);
                        }
                    }
                }
            }
        }

        private void FeeItem(string communityId, string code, string name, FeeKind kind, RateBasis basis, decimal rate, string measure) =>
            F("fee_items").Text(communityId + "-" + code).Text(communityId).Text(code).Text(name).Text(Code(kind)).Text(Code(basis)).Dec(rate).Text(measure).End();

        private void MajorEvents(string communityId, DateOnly moveInStart)
        {
            var events = new (MajorEventCategory Category, int Months, string Title, string Description, bool Reviewed)[]
            {
                (MajorEventCategory.BuildingQuality, 14, "地下室渗水专项维修", "雨季地下室多处渗水，联系开发商保修单位完成防水维修，业主代表参与验收。", true),
                (MajorEventCategory.ContractOrPromise, 20, "与业委会签订物业服务合同补充协议", "约定公共区域改造费用分摊及完成期限。", true),
                (MajorEventCategory.MajorComplaint, 26, "多户业主联名投诉电梯故障", "电梯三个月内停运七次，已更换主板并每周公示维保记录。", false),
            };
            var n = 0;
            foreach (var e in events)
            {
                n++;
                var date = moveInStart.AddMonths(e.Months);
                if (date > DataDate)
                {
                    date = DataDate.AddDays(-20 * n);
                }

                F("major_events").Text(Inv($"{communityId}-E{n:00}")).Text(communityId).Text(null).Text(Code(e.Category)).Date(date).Text(e.Title).Text(e.Description)
                    .Text("照片、会议纪要、维修记录").Text(e.Reviewed ? "服务中心经理 孙建华" : null).Date(e.Reviewed ? date.AddDays(7) : null).End();
            }
        }

        private void Inspections(string communityId, DateOnly moveInStart, int units)
        {
            var full = moveInStart.AddYears(1);
            if (full > DataDate)
            {
                return;
            }

            var n = 1;
            F("inspections").Text(Inv($"{communityId}-QI{n:00}")).Text(communityId).Text(Code(InspectionKind.Full)).Date(full).Text("客户服务主管 林小红")
                .Int(units).Int(units / 12).Text("已通知业主追补缺失资料").End();
            for (var date = full.AddMonths(6); date <= DataDate; date = date.AddMonths(6))
            {
                n++;
                var sampled = Math.Max(1, (units * 5 + 99) / 100);
                F("inspections").Text(Inv($"{communityId}-QI{n:00}")).Text(communityId).Text(Code(InspectionKind.Sample)).Date(date).Text("客户服务主管 林小红")
                    .Int(sampled).Int(sampled / 10).Text("抽查发现的缺失资料已列入追补清单").End();
            }
        }

        private ArrearsPattern Pattern()
        {
            var p = ((unitIndex * 37) + 11) % 100;
            return p switch
            {
                0 => ArrearsPattern.Months40,
                1 or 2 => ArrearsPattern.Months14,
                >= 3 and <= 5 => ArrearsPattern.Months8,
                >= 6 and <= 9 => ArrearsPattern.Months3,
                >= 10 and <= 19 => ArrearsPattern.OneMonthLate,
                _ => ArrearsPattern.OnTime,
            };
        }

        private string PersonName(Gender gender) =>
            random.Pick(ChineseNames.Surnames) + random.Pick(gender == Gender.Male ? ChineseNames.GivenMale : ChineseNames.GivenFemale);

        private string Mobile() => Inv($"1{random.PickOf(3, 5, 8)}{random.Between(0, 9)}{random.Between(10000000, 99999999)}");

        private string IdNumber(DateOnly birthday, Gender gender) =>
            Inv($"440{random.Between(100, 399)}{birthday:yyyyMMdd}{random.Between(10, 99)}{(random.Below(5) * 2) + (gender == Gender.Male ? 1 : 0)}{random.Between(0, 9)}");

        private (string Id, string Name) Owner(string unitId, int seq, DateOnly from, DateOnly? to, bool vip)
        {
            var gender = random.Chance(0.5) ? Gender.Male : Gender.Female;
            var birthday = new DateOnly(random.Between(1955, 1998), random.Between(1, 12), random.Between(1, 28));
            var id = Inv($"{unitId}-O{seq}");
            var name = PersonName(gender);
            F("owners").Text(id).Text(unitId).Text(name).Text(Code(gender)).Text(IdNumber(birthday, gender)).Text(random.Pick(ChineseNames.NativePlaces))
                .Text(random.Pick(ChineseNames.NativePlaces) + "市户籍").Text(Mobile()).Text(random.Chance(0.3) ? Inv($"0755-{random.Between(20000000, 89999999)}") : null)
                .Date(from).Date(to).Bool(vip).Bool(random.Chance(0.04)).End();
            if (vip)
            {
                F("vip_details").Text(id + "-VIP").Text(id).Date(birthday).Text(random.PickOf("性格开朗", "为人严谨", "比较挑剔", "热心公益"))
                    .Text(random.PickOf("喜欢书法", "爱好高尔夫", "喜欢园艺", "喜欢喝茶")).Text(random.PickOf("退休教师", "企业高管", "医生", "律师"))
                    .Text(random.PickOf("上门服务需提前电话预约", "快递代收", "无")).Text("希望加强夜间巡逻").Text("曾投诉噪音，已协调邻居处理并回访满意")
                    .Date(new DateOnly(2026, 10, 31)).End();
            }

            return (id, name);
        }

        private void Unit(int communityIndex, string communityId, string buildingId, int entrance, int floor, string room, UnitUse use, DateOnly moveInStart,
            decimal managementRate, decimal equipmentRate, bool surveyDesignated)
        {
            unitIndex++;
            var unitId = Inv($"{buildingId}-{floor:00}{room}");
            var area = use switch
            {
                UnitUse.Shop => random.Between(3000, 20000) / 100m,
                UnitUse.Office => random.Between(8000, 40000) / 100m,
                _ => random.Between(6000, 16000) / 100m,
            };
            var occupied = random.Chance(0.92);
            var occupiedOn = occupied ? (DateOnly?)moveInStart.AddDays(random.Below(540)) : null;
            if (occupiedOn > DataDate)
            {
                occupiedOn = DataDate.AddDays(-random.Between(1, 60));
            }

            F("units").Text(unitId).Text(buildingId).Int(entrance).Int(floor).Text(room).Dec(area).Text(Code(use)).Date(occupiedOn).End();

            var ownedFrom = occupiedOn ?? moveInStart;
            var transferred = occupied && random.Chance(0.05);
            var vip = random.Chance(0.02);
            string ownerName;
            if (transferred)
            {
                var transferOn = ownedFrom.AddDays(random.Between(200, 900));
                if (transferOn > DataDate)
                {
                    transferOn = DataDate.AddDays(-random.Between(10, 100));
                }

                var former = Owner(unitId, 1, ownedFrom, transferOn, false);
                var current = Owner(unitId, 2, transferOn, null, vip);
                ownerName = current.Name;
                F("transfers").Text(unitId + "-T1").Text(unitId).Text(former.Id).Text(current.Id).Date(transferOn).End();
                TransferDocuments(unitId, transferOn);
            }
            else
            {
                ownerName = Owner(unitId, 1, ownedFrom, null, vip).Name;
            }

            Household(unitId, use, occupiedOn);
            if (occupiedOn is { } on)
            {
                MoveInDocuments(unitId, on, floor);
                if (random.Chance(0.30))
                {
                    Renovation(unitId, on);
                }
            }

            Bills(communityId, unitId, use == UnitUse.Residence, area, managementRate, equipmentRate, ownerName);
            if (unitIndex % 40 == 7)
            {
                Borrowing(unitId);
            }

            Service(communityIndex, communityId, unitId, occupiedOn is not null);
            Surveys(communityIndex, unitId, occupiedOn is not null, surveyDesignated);
        }

        private void Household(string unitId, UnitUse use, DateOnly? occupiedOn)
        {
            if (use != UnitUse.Residence || random.Chance(0.12))
            {
                if (random.Chance(use == UnitUse.Residence ? 0.8 : 0.6))
                {
                    var start = (occupiedOn ?? new DateOnly(2024, 1, 1)).AddMonths(random.Between(1, 12));
                    F("tenants").Text(unitId + "-R1").Text(unitId).Text(use == UnitUse.Residence ? PersonName(Gender.Female) : random.Pick(ChineseNames.Companies))
                        .Text(Mobile()).Date(start).Date(random.Chance(0.8) ? start.AddYears(random.Between(1, 3)) : null).End();
                }
            }

            if (use == UnitUse.Residence && occupiedOn is not null)
            {
                var members = random.Below(4);
                for (var m = 1; m <= members; m++)
                {
                    F("household_members").Text(Inv($"{unitId}-H{m}")).Text(unitId).Text(PersonName(random.Chance(0.5) ? Gender.Male : Gender.Female))
                        .Text(random.Pick(ChineseNames.Relations)).Text(random.Chance(0.6) ? Mobile() : null).End();
                }
            }

            if (random.Chance(0.7))
            {
                F("emergency_contacts").Text(unitId + "-EC1").Text(unitId).Text(PersonName(random.Chance(0.5) ? Gender.Male : Gender.Female))
                    .Text(random.Pick(ChineseNames.Relations)).Text(Mobile()).End();
            }
        }

        private void Document(string unitId, CatalogItem item, DossierPhase phase, DocumentForm form, DateOnly received, int floor)
        {
            F("dossier_documents").Text(unitId + "-" + item.Code).Text(unitId).Text(item.Code).Text(item.Name).Text(Code(phase)).Text(Code(form))
                .Date(received).Text(Inv($"{(char)('A' + ((floor - 1) / 6))}柜-{floor:00}屉")).End();
        }

        private void MoveInDocuments(string unitId, DateOnly occupiedOn, int floor)
        {
            var gaps = random.Chance(0.10) ? random.Between(1, 2) : 0;
            var copyOfNotice = random.Chance(0.03);
            foreach (var item in DefaultDocumentCatalog.Instance.ForPhase(DossierPhase.MoveIn))
            {
                if (gaps > 0 && random.Chance(0.25))
                {
                    gaps--;
                    continue;
                }

                var form = item.Form == RequiredForm.Copy || (item.Code == "mi_notice" && copyOfNotice) ? DocumentForm.Copy : DocumentForm.Original;
                Document(unitId, item, DossierPhase.MoveIn, form, occupiedOn, floor);
            }
        }

        private void Renovation(string unitId, DateOnly occupiedOn)
        {
            var applied = occupiedOn.AddDays(random.Between(20, 180));
            if (applied > DataDate)
            {
                applied = DataDate.AddDays(-30);
            }

            var inProgress = random.Chance(0.10);
            var completed = inProgress ? (DateOnly?)null : applied.AddDays(random.Between(60, 120));
            if (completed > DataDate)
            {
                completed = null;
            }

            var extension = random.Chance(0.15);
            var hotWork = random.Chance(0.20);
            var violation = random.Chance(0.05);
            F("renovations").Text(unitId + "-RN1").Text(unitId).Date(applied).Date(completed).Bool(extension).Bool(hotWork).Bool(violation).End();
            var missing = random.Chance(0.10) ? random.Between(1, 6) : -1;
            var index = 0;
            foreach (var item in DefaultDocumentCatalog.Instance.ForPhase(DossierPhase.Renovation))
            {
                index++;
                var due = item.Condition switch
                {
                    CatalogCondition.ExtensionRequested => extension,
                    CatalogCondition.HotWork => hotWork && !random.Chance(0.15),
                    CatalogCondition.Violation => violation,
                    CatalogCondition.RenovationCompleted => completed is not null,
                    _ => true,
                };
                if (due && index != missing)
                {
                    Document(unitId, item, DossierPhase.Renovation, item.Form == RequiredForm.Copy ? DocumentForm.Copy : DocumentForm.Original,
                        item.Condition == CatalogCondition.RenovationCompleted && completed is { } done ? done : applied, 1);
                }
            }
        }

        private void TransferDocuments(string unitId, DateOnly transferOn)
        {
            var proof = random.Below(10);
            foreach (var item in DefaultDocumentCatalog.Instance.ForPhase(DossierPhase.Transfer))
            {
                // R-DOS-4: 房产证 copy 60 %, only 买卖协议 copy 30 %, neither 10 % (a gap to follow up).
                if ((item.Code == "tr_deed" && proof >= 6) || (item.Code == "tr_sale" && (proof < 6 || proof == 9)))
                {
                    continue;
                }

                Document(unitId, item, DossierPhase.Transfer, item.Form == RequiredForm.Copy ? DocumentForm.Copy : DocumentForm.Original, transferOn, 1);
            }
        }
    }
}
