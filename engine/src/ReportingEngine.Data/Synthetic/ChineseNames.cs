namespace ReportingEngine.Data.Synthetic;

/// <summary>Name and text material for the synthetic estate (fictional people, common surnames).</summary>
internal static class ChineseNames
{
    public static readonly string[] Surnames =
        ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗",
         "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡",
         "欧阳", "司马"];

    public static readonly string[] GivenMale =
        ["伟", "强", "磊", "军", "洋", "勇", "杰", "涛", "明", "超", "斌", "鹏", "建国", "志强", "海峰", "子轩", "浩然", "国栋", "文博", "家豪"];

    public static readonly string[] GivenFemale =
        ["芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "玲", "婷", "雪梅", "秀英", "桂兰", "欣怡", "梓涵", "雨桐", "晓燕", "慧敏", "美玲", "佳琪"];

    public static readonly string[] NativePlaces =
        ["广东深圳", "广东广州", "广东梅州", "湖南长沙", "湖北武汉", "江西赣州", "四川成都", "福建泉州", "浙江温州", "江苏南京", "广西桂林", "河南郑州"];

    public static readonly string[] Relations = ["配偶", "子女", "父亲", "母亲", "兄弟", "姐妹"];

    public static readonly string[] Companies =
        ["深圳市鼎盛科技有限公司", "华南贸易有限公司", "粤海律师事务所", "金桥投资咨询有限公司", "新纪元教育培训中心", "百味轩餐饮店", "康宁大药房", "星辰设计工作室"];

    public static readonly string[] Staff = ["陈晓明", "林小红", "黄志伟", "李婷", "吴国强", "张丽华", "刘建军", "周敏"];

    public static readonly string[] Workers = ["赵师傅", "钱师傅", "孙师傅", "李师傅", "周师傅", "吴师傅"];

    public static readonly string[] ComplaintCategories = ["保洁", "安保", "维修", "收费", "噪音", "停车", "绿化", "电梯"];

    public static readonly string[] ComplaintTexts =
    [
        "楼道垃圾未及时清理，气味较大。",
        "夜间装修噪音扰民，希望尽快处理。",
        "地下车库车位被他人占用。",
        "电梯多次停运，出行不便。",
        "对本月管理费金额有疑问，要求核对。",
        "小区绿化带长期无人修剪。",
        "门岗对外来人员登记不严。",
        "业主反映：\"维修人员未按约定时间上门\"，要求答复。",
    ];

    public static readonly string[] RepairCategories = ["水电", "门窗", "电梯", "管道", "墙面", "公共照明"];

    public static readonly string[] RepairTexts =
        ["厨房水龙头漏水", "卫生间下水堵塞", "入户门锁损坏", "客厅灯不亮", "阳台窗户关不严", "墙面渗水发霉", "楼道灯损坏", "电梯按钮失灵"];

    public static readonly string[] Praise =
        ["保安很负责", "保洁阿姨很勤快", "维修及时", "前台服务热情", "社区活动丰富", "绿化环境好", "停车管理有序", ""];

    public static readonly string[] Problems =
        ["电梯经常故障", "垃圾清运不及时", "停车位紧张", "收费通知不够清楚", "夜间噪音管理不足", "快递堆放混乱", "", ""];

    public static readonly string[] VisitTopics = ["例行走访", "收集意见", "重点业户回访", "装修巡查回访", "欠费沟通"];
}
