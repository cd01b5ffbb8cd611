using ReportingEngine.Data.Schema;

namespace ReportingEngine.Data.Tests;

/// <summary>A tiny valid CSV folder: every table's header, one company, community, building and two units.</summary>
internal static class MiniEstate
{
    public static string Create()
    {
        var dir = TestPaths.NewTempDirectory();
        foreach (var table in EstateSchema.Tables)
        {
            File.WriteAllText(System.IO.Path.Combine(dir, table.FileName), string.Join(",", table.Columns.Select(c => c.Name)) + "\n");
        }

        Append(dir, "company_profiles", "HA,华安物业服务有限公司,default,0755-88886666,深圳");
        Append(dir, "communities", "C01,HA,翠湖花园,residential,深圳市南山区,2019-06-01,2,0755-1");
        Append(dir, "buildings", "C01-B01,C01,1栋,residential,2,18,1");
        Append(dir, "units", "C01-B01-0101,C01-B01,1,1,01,89.50,residence,2019-07-01");
        Append(dir, "units", "C01-B01-0102,C01-B01,1,1,02,120.25,residence,");
        return dir;
    }

    public static void Append(string dir, string table, string line) =>
        File.AppendAllText(System.IO.Path.Combine(dir, table + ".csv"), line + "\n");

    public static string Path(string dir, string table) => System.IO.Path.Combine(dir, table + ".csv");
}
