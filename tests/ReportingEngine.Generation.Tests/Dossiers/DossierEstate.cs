using System.Globalization;
using ReportingEngine.Data.Schema;
using ReportingEngine.Domain;
using ReportingEngine.Domain.Dossiers;

namespace ReportingEngine.Generation.Tests.Dossiers;

/// <summary>
/// A hand-made estate for the dossier documents: community X01 (move-in 2024-01-01, 6 units in 2 buildings) with the cases the
/// rules turn on and the bad records of issue 4: a unit without owner, a document of unknown kind, a borrowing returned before it
/// was borrowed.
/// </summary>
internal static class DossierEstate
{
    public const string Community = "X01";
    public const string UnitWithoutOwner = "X01-B01-0103";
    public const string VipUnit = "X01-B01-0102";
    public const string UnknownKindDocument = "X01-B01-0102-parking";
    public const string ReturnedBeforeBorrowed = "X01-BW2";
    public const string VipMobile = "13900000002";
    public const string OrdinaryMobile = "13800000001";
    public const string OrdinaryIdNumber = "440301199001011234";

    public static void Write(string dir)
    {
        foreach (var table in EstateSchema.Tables)
        {
            File.WriteAllText(Path.Combine(dir, table.FileName), string.Join(",", table.Columns.Select(c => c.Name)) + "\n");
        }

        Add(dir, "company_profiles", "HA,华安物业服务有限公司,default,0755-88886666,深圳市南山区");
        Add(dir, "communities", "X01,HA,测试花园,residential,深圳市南山区测试路1号,2024-01-01,6,0755-1");
        Add(dir, "buildings", "X01-B01,X01,1栋,residential,1,18,1", "X01-B02,X01,2栋,residential,1,18,2");
        Add(
            dir,
            "units",
            "X01-B01-0101,X01-B01,1,1,01,89.50,residence,2024-02-01",
            "X01-B01-0102,X01-B01,1,1,02,95.00,residence,2024-02-01",
            "X01-B01-0103,X01-B01,1,1,03,95.00,residence,2024-02-01",
            "X01-B02-0101,X01-B02,1,1,01,120.00,residence,2024-02-01",
            "X01-B02-0102,X01-B02,1,1,02,120.00,residence,",
            "X01-B02-0201,X01-B02,1,2,01,120.00,residence,2024-02-01");
        Add(
            dir,
            "owners",
            $"X01-B01-0101-O1,X01-B01-0101,张伟,male,{OrdinaryIdNumber},广东深圳,广东深圳市户籍,{OrdinaryMobile},0755-1111,2024-02-01,,0,0",
            $"X01-B01-0102-O1,X01-B01-0102,李娜,female,440301198505052345,湖北武汉,湖北武汉市户籍,{VipMobile},0755-2222,2024-02-01,,1,0",
            "X01-B02-0101-O1,X01-B02-0101,刘洋,male,440301197001013456,广东广州,广东广州市户籍,13700000003,,2024-02-01,2025-03-01,0,0",
            "X01-B02-0101-O2,X01-B02-0101,王芳,female,440301197012124567,广东广州,广东广州市户籍,13700000004,,2025-03-01,,0,0",
            "X01-B02-0102-O1,X01-B02-0102,赵强,male,440301196005055678,广东汕头,广东汕头市户籍,13600000005,,2024-01-01,,0,0",
            "X01-B02-0201-O1,X01-B02-0201,陈明,male,440301198808086789,广东惠州,广东惠州市户籍,13500000006,,2024-02-01,,0,0");
        Add(dir, "renovations", "X01-B02-0201-RN1,X01-B02-0201,2024-03-01,2024-06-01,0,1,0");
        Add(dir, "transfers", "X01-B02-0101-T1,X01-B02-0101,X01-B02-0101-O1,X01-B02-0101-O2,2025-03-01");

        var catalog = DefaultDocumentCatalog.Instance;
        var moveIn = catalog.ForPhase(DossierPhase.MoveIn).ToList();
        foreach (var unit in new[] { "X01-B01-0101", "X01-B01-0102", "X01-B01-0103", "X01-B02-0101", "X01-B02-0201" })
        {
            foreach (var item in moveIn)
            {
                // R-DOS-2: 0102 lacks the fire-safety pledge.
                if (unit == VipUnit && item.Code == "mi_fire")
                {
                    continue;
                }

                Add(dir, "dossier_documents", Document(unit, item, "2024-02-01"));
            }
        }

        Add(dir, "dossier_documents", $"{UnknownKindDocument},{VipUnit},parking_contract,车位租赁合同,other,copy,2024-05-10,A柜-01屉");

        // R-DOS-4: the transfer holds the sale contract copy but not the deed copy (either-or), and everything else.
        foreach (var item in catalog.ForPhase(DossierPhase.Transfer).Where(i => i.Code != "tr_deed"))
        {
            Add(dir, "dossier_documents", Document("X01-B02-0101", item, "2025-03-01"));
        }

        // R-DOS-3: the renovation used hot work; everything but the hot-work permit is held.
        foreach (var item in catalog.ForPhase(DossierPhase.Renovation).Where(i => i.Condition is CatalogCondition.Always or CatalogCondition.RenovationCompleted))
        {
            Add(dir, "dossier_documents", Document("X01-B02-0201", item, "2024-03-01"));
        }

        Add(
            dir,
            "borrowings",
            "X01-BW1,X01-B01-0101,前期物业管理协议书,original,黄志伟,法务部,诉讼取证,总经理 王振华,2025-11-03 09:00:00,2025-11-03 18:00:00,,1,",
            $"{ReturnedBeforeBorrowed},X01-B01-0101,入伙通知书,copy,周敏,工程部,核对资料,客户服务主管 林小红,2025-11-10 14:00:00,2025-11-17 14:00:00,2025-11-10 12:00:00,0,1",
            "X01-BW3,X01-B02-0101,买卖协议复印件,copy,陈晓明,安保部,核对业主资料,客户服务主管 林小红,2025-11-20 10:00:00,2025-11-27 10:00:00,,0,",
            "X01-BW4,X01-B02-0201,装修申请表,copy,刘建军,工程部,核对资料,客户服务主管 林小红,2025-11-05 10:00:00,2025-11-12 10:00:00,2025-11-11 16:00:00,0,1");
        Add(dir, "inspections", "X01-QI01,X01,full,2025-01-10,客户服务主管 林小红,6,1,已通知业主追补缺失资料");
    }

    private static string Document(string unit, CatalogItem item, string received) =>
        string.Join(
            ",",
            $"{unit}-{item.Code}",
            unit,
            item.Code,
            item.Name,
            DomainCodes.ToCode(item.Phase),
            item.Form == RequiredForm.Copy ? "copy" : "original",
            received,
            string.Create(CultureInfo.InvariantCulture, $"A柜-01屉"));

    private static void Add(string dir, string table, params string[] lines) =>
        File.AppendAllText(Path.Combine(dir, table + ".csv"), string.Concat(lines.Select(l => l + "\n")));
}
