#include "demodata.h"

namespace DemoData {

const QList<County> &counties()
{
    // Coordinates are those of the county seats, rounded.
    static const QList<County> list = {
        // Yunnan: Honghe Hani and Yi Autonomous Prefecture
        {"532528", "Yuanyang County", "元阳县", "Honghe Prefecture", "红河哈尼族彝族自治州", "Yunnan", "云南省", 23.22, 102.84, true, true, 0.88},
        {"532529", "Honghe County", "红河县", "Honghe Prefecture", "红河哈尼族彝族自治州", "Yunnan", "云南省", 23.37, 102.42, true, true, 0.94},
        {"532531", "Lüchun County", "绿春县", "Honghe Prefecture", "红河哈尼族彝族自治州", "Yunnan", "云南省", 23.00, 102.39, true, true, 0.97},
        {"532530", "Jinping County", "金平苗族瑶族傣族自治县", "Honghe Prefecture", "红河哈尼族彝族自治州", "Yunnan", "云南省", 22.78, 103.23, true, true, 0.85},
        {"532523", "Pingbian County", "屏边苗族自治县", "Honghe Prefecture", "红河哈尼族彝族自治州", "Yunnan", "云南省", 22.99, 103.69, true, true, 0.62},
        {"532524", "Jianshui County", "建水县", "Honghe Prefecture", "红河哈尼族彝族自治州", "Yunnan", "云南省", 23.62, 102.83, true, false, 0.40},
        // Yunnan: Nujiang Lisu Autonomous Prefecture
        {"533301", "Lushui City", "泸水市", "Nujiang Prefecture", "怒江傈僳族自治州", "Yunnan", "云南省", 25.82, 98.86, true, true, 0.80},
        {"533323", "Fugong County", "福贡县", "Nujiang Prefecture", "怒江傈僳族自治州", "Yunnan", "云南省", 26.90, 98.87, true, true, 0.98},
        {"533324", "Gongshan County", "贡山独龙族怒族自治县", "Nujiang Prefecture", "怒江傈僳族自治州", "Yunnan", "云南省", 27.74, 98.67, true, true, 0.96},
        {"533325", "Lanping County", "兰坪白族普米族自治县", "Nujiang Prefecture", "怒江傈僳族自治州", "Yunnan", "云南省", 26.45, 99.42, true, true, 0.93},
        // Yunnan: Zhaotong
        {"530627", "Zhenxiong County", "镇雄县", "Zhaotong", "昭通市", "Yunnan", "云南省", 27.44, 104.87, false, true, 0.08},
        {"530628", "Yiliang County", "彝良县", "Zhaotong", "昭通市", "Yunnan", "云南省", 27.63, 104.05, false, true, 0.10},
        {"530629", "Weixin County", "威信县", "Zhaotong", "昭通市", "Yunnan", "云南省", 27.85, 105.05, false, true, 0.07},
        {"530621", "Ludian County", "鲁甸县", "Zhaotong", "昭通市", "Yunnan", "云南省", 27.19, 103.56, false, true, 0.25},
        {"530622", "Qiaojia County", "巧家县", "Zhaotong", "昭通市", "Yunnan", "云南省", 26.91, 102.93, false, true, 0.12},
        {"530624", "Daguan County", "大关县", "Zhaotong", "昭通市", "Yunnan", "云南省", 27.75, 103.89, false, true, 0.05},
        // Guizhou: Bijie
        {"520526", "Weining County", "威宁彝族回族苗族自治县", "Bijie", "毕节市", "Guizhou", "贵州省", 26.87, 104.28, true, true, 0.26},
        {"520527", "Hezhang County", "赫章县", "Bijie", "毕节市", "Guizhou", "贵州省", 27.12, 104.73, false, true, 0.28},
        {"520525", "Nayong County", "纳雍县", "Bijie", "毕节市", "Guizhou", "贵州省", 26.78, 105.38, false, true, 0.27},
        {"520524", "Zhijin County", "织金县", "Bijie", "毕节市", "Guizhou", "贵州省", 26.66, 105.77, false, true, 0.30},
        {"520521", "Dafang County", "大方县", "Bijie", "毕节市", "Guizhou", "贵州省", 27.14, 105.61, false, true, 0.30},
        // Guizhou: Qiandongnan Miao and Dong Autonomous Prefecture
        {"522634", "Leishan County", "雷山县", "Qiandongnan Prefecture", "黔东南苗族侗族自治州", "Guizhou", "贵州省", 26.38, 108.08, true, true, 0.92},
        {"522630", "Taijiang County", "台江县", "Qiandongnan Prefecture", "黔东南苗族侗族自治州", "Guizhou", "贵州省", 26.67, 108.32, true, true, 0.97},
        {"522632", "Rongjiang County", "榕江县", "Qiandongnan Prefecture", "黔东南苗族侗族自治州", "Guizhou", "贵州省", 25.93, 108.52, true, true, 0.84},
        {"522633", "Congjiang County", "从江县", "Qiandongnan Prefecture", "黔东南苗族侗族自治州", "Guizhou", "贵州省", 25.75, 108.91, true, true, 0.94},
        {"522631", "Liping County", "黎平县", "Qiandongnan Prefecture", "黔东南苗族侗族自治州", "Guizhou", "贵州省", 26.23, 109.14, true, true, 0.86},
        {"522636", "Danzhai County", "丹寨县", "Qiandongnan Prefecture", "黔东南苗族侗族自治州", "Guizhou", "贵州省", 26.20, 107.79, true, true, 0.88},
        {"522629", "Jianhe County", "剑河县", "Qiandongnan Prefecture", "黔东南苗族侗族自治州", "Guizhou", "贵州省", 26.73, 108.44, true, true, 0.95},
        // Gansu: Linxia Hui Autonomous Prefecture
        {"622926", "Dongxiang County", "东乡族自治县", "Linxia Prefecture", "临夏回族自治州", "Gansu", "甘肃省", 35.66, 103.39, true, true, 0.88},
        {"622927", "Jishishan County", "积石山保安族东乡族撒拉族自治县", "Linxia Prefecture", "临夏回族自治州", "Gansu", "甘肃省", 35.72, 102.87, true, true, 0.57},
        {"622925", "Hezheng County", "和政县", "Linxia Prefecture", "临夏回族自治州", "Gansu", "甘肃省", 35.43, 103.35, true, true, 0.55},
        {"622924", "Guanghe County", "广河县", "Linxia Prefecture", "临夏回族自治州", "Gansu", "甘肃省", 35.49, 103.58, true, true, 0.98},
        {"622922", "Kangle County", "康乐县", "Linxia Prefecture", "临夏回族自治州", "Gansu", "甘肃省", 35.37, 103.71, true, true, 0.60},
        {"622921", "Linxia County", "临夏县", "Linxia Prefecture", "临夏回族自治州", "Gansu", "甘肃省", 35.49, 103.00, true, true, 0.52},
        // Gansu: Dingxi
        {"621121", "Tongwei County", "通渭县", "Dingxi", "定西市", "Gansu", "甘肃省", 35.21, 105.24, false, true, 0.01},
        {"621122", "Longxi County", "陇西县", "Dingxi", "定西市", "Gansu", "甘肃省", 35.00, 104.63, false, true, 0.02},
        {"621123", "Weiyuan County", "渭源县", "Dingxi", "定西市", "Gansu", "甘肃省", 35.14, 104.21, false, true, 0.02},
        {"621124", "Lintao County", "临洮县", "Dingxi", "定西市", "Gansu", "甘肃省", 35.38, 103.86, false, true, 0.04},
        {"621126", "Min County", "岷县", "Dingxi", "定西市", "Gansu", "甘肃省", 34.44, 104.04, false, true, 0.03},
        // Sichuan: Liangshan Yi Autonomous Prefecture
        {"513431", "Zhaojue County", "昭觉县", "Liangshan Prefecture", "凉山彝族自治州", "Sichuan", "四川省", 28.01, 102.84, true, true, 0.98},
        {"513429", "Butuo County", "布拖县", "Liangshan Prefecture", "凉山彝族自治州", "Sichuan", "四川省", 27.71, 102.81, true, true, 0.97},
        {"513436", "Meigu County", "美姑县", "Liangshan Prefecture", "凉山彝族自治州", "Sichuan", "四川省", 28.33, 103.13, true, true, 0.98},
        {"513432", "Xide County", "喜德县", "Liangshan Prefecture", "凉山彝族自治州", "Sichuan", "四川省", 28.31, 102.41, true, true, 0.88},
        {"513434", "Yuexi County", "越西县", "Liangshan Prefecture", "凉山彝族自治州", "Sichuan", "四川省", 28.64, 102.51, true, true, 0.79},
        {"513430", "Jinyang County", "金阳县", "Liangshan Prefecture", "凉山彝族自治州", "Sichuan", "四川省", 27.70, 103.25, true, true, 0.80},
        {"513428", "Puge County", "普格县", "Liangshan Prefecture", "凉山彝族自治州", "Sichuan", "四川省", 27.38, 102.54, true, true, 0.78},
        {"513435", "Ganluo County", "甘洛县", "Liangshan Prefecture", "凉山彝族自治州", "Sichuan", "四川省", 28.97, 102.77, true, true, 0.73},
        // Qinghai: Haidong
        {"630223", "Huzhu County", "互助土族自治县", "Haidong", "海东市", "Qinghai", "青海省", 36.84, 101.96, true, false, 0.30},
        {"630224", "Hualong County", "化隆回族自治县", "Haidong", "海东市", "Qinghai", "青海省", 36.09, 102.26, true, true, 0.75},
        {"630225", "Xunhua County", "循化撒拉族自治县", "Haidong", "海东市", "Qinghai", "青海省", 35.85, 102.49, true, true, 0.93},
        {"630222", "Minhe County", "民和回族土族自治县", "Haidong", "海东市", "Qinghai", "青海省", 36.32, 102.80, true, true, 0.55},
    };
    return list;
}

const QList<IndicatorSpec> &indicators()
{
    using OA = OutcomeArea;
    using VT = ValueType;
    using D = Direction;
    using F = Frequency;
    static const QList<IndicatorSpec> list = {
        {"ANC4", "Pregnant women with four or more antenatal care visits", "孕期接受4次及以上产前检查的孕产妇比例",
         "Women who gave birth in the period and had at least four antenatal care visits, as a share of all women who gave birth in the period.",
         "本期分娩且孕期接受至少4次产前检查的妇女人数占本期全部分娩妇女人数的百分比。",
         OA::Health, VT::Percentage, D::Higher, F::Monthly, false, 68.0, 90.0, 10.0, 14.0, 0.014, true},
        {"FULLIMM", "Children aged 12–23 months fully immunised", "12–23月龄儿童全程免疫接种率",
         "Children aged 12–23 months who received all vaccines of the national schedule, as a share of children aged 12–23 months seen in the period.",
         "按国家免疫规划程序完成全部疫苗接种的12–23月龄儿童人数占本期12–23月龄儿童人数的百分比。",
         OA::Health, VT::Percentage, D::Higher, F::Monthly, true, 82.0, 96.0, 7.0, 8.0, 0.020, true},
        {"U5MR", "Under-five mortality", "5岁以下儿童死亡率",
         "Deaths of children under five in the year per 1,000 live births in the year.",
         "本年度5岁以下儿童死亡人数与本年度活产数之比（每千活产）。",
         OA::Health, VT::RatePer1000, D::Lower, F::Annual, false, 14.0, 9.0, 5.0, -3.5, 0.16, false},
        {"EXBF", "Infants under six months exclusively breastfed", "6月龄内婴儿纯母乳喂养率",
         "Infants aged 0–5 months fed only breast milk in the past 24 hours, as a share of infants aged 0–5 months surveyed.",
         "过去24小时内仅接受母乳喂养的0–5月龄婴儿人数占接受调查的0–5月龄婴儿人数的百分比。",
         OA::Nutrition, VT::Percentage, D::Higher, F::Monthly, true, 38.0, 60.0, 6.0, 17.0, 0.020, true},
        {"STUNT", "Children under five who are stunted", "5岁以下儿童生长迟缓率",
         "Children under five whose height-for-age is more than two standard deviations below the WHO median, as a share of children under five measured.",
         "年龄别身高低于世界卫生组织标准中位数2个标准差以上的5岁以下儿童人数占测量儿童人数的百分比。",
         OA::Nutrition, VT::Percentage, D::Lower, F::Quarterly, true, 17.0, 10.0, 6.0, -5.0, 0.12, true},
        {"ANAEMIA", "Children aged 6–59 months with anaemia", "6–59月龄儿童贫血患病率",
         "Children aged 6–59 months with haemoglobin below 110 g/L, as a share of children aged 6–59 months tested.",
         "血红蛋白低于110 g/L的6–59月龄儿童人数占接受检测的6–59月龄儿童人数的百分比。",
         OA::Nutrition, VT::Percentage, D::Lower, F::Quarterly, true, 26.0, 15.0, 7.0, -8.0, 0.10, false},
        {"NUTSUPP", "Children aged 6–23 months taking nutrition sachets", "6–23月龄儿童营养包有效服用率",
         "Children aged 6–23 months who took at least four nutrition sachets (Yingyangbao) a week, as a share of children aged 6–23 months enrolled.",
         "每周服用营养包不少于4包的6–23月龄儿童人数占登记的6–23月龄儿童人数的百分比。",
         OA::Nutrition, VT::Percentage, D::Higher, F::Monthly, true, 45.0, 80.0, 8.0, 25.0, 0.05, false},
        {"PRESCHOOL", "Children aged 3–5 in early learning", "3–5岁儿童入园（含村级早教点）率",
         "Children aged 3–5 attending a kindergarten or a village early learning centre, as a share of children aged 3–5 living in the site.",
         "在幼儿园或村级早教点接受学前教育的3–5岁儿童人数占本地3–5岁儿童人数的百分比。",
         OA::EarlyLearning, VT::Percentage, D::Higher, F::Quarterly, true, 62.0, 88.0, 12.0, 16.0, 0.45, true},
        {"HOMEVISIT", "Children under three receiving a monthly home visit", "接受每月入户养育指导的3岁以下儿童比例",
         "Children under three whose caregivers received at least one home visit on responsive caregiving in the month, as a share of children under three registered.",
         "本月看护人接受至少一次回应性照护入户指导的3岁以下儿童人数占登记的3岁以下儿童人数的百分比。",
         OA::EarlyLearning, VT::Percentage, D::Higher, F::Monthly, false, 6.0, 75.0, 2.0, 60.0, 0.08, true},
        {"ASQ", "Mean communication score of children aged 24–35 months (ASQ-C)", "24–35月龄儿童沟通能区平均得分（ASQ-C）",
         "Mean score in the communication domain of the Ages and Stages Questionnaire, Chinese edition, of children aged 24–35 months screened in the quarter (0–60).",
         "本季度接受筛查的24–35月龄儿童在年龄与发育进程问卷（中文版）沟通能区的平均得分（0–60分）。",
         OA::EarlyLearning, VT::Mean, D::Higher, F::Quarterly, false, 38.0, 46.0, 4.0, 6.0, 0.0, false},
        {"BIRTHREG", "Births registered within one year", "出生一年内登记户口的儿童比例",
         "Children registered in the household register (hukou) before their first birthday, as a share of children who turned one in the quarter.",
         "在满一周岁前办理户口登记的儿童人数占本季度满一周岁儿童人数的百分比。",
         OA::Protection, VT::Percentage, D::Higher, F::Quarterly, false, 88.0, 98.0, 6.0, 6.0, 0.04, false},
        {"CASEMGMT", "Children in difficult circumstances under case management", "接受儿童主任个案管理的困境儿童人数",
         "Children in difficult circumstances (left-behind, with disabilities, or without effective guardianship) with an active case managed by a village child director at the end of the month.",
         "月末由村（居）儿童主任进行个案管理的困境儿童（留守、残疾或事实无人抚养）人数。",
         OA::Protection, VT::Count, D::Higher, F::Monthly, true, 20.0, 60.0, 0.0, 35.0, 0.0, false},
    };
    return list;
}

const QList<Syllable> &townshipSyllables()
{
    static const QList<Syllable> list = {
        {"安", "An"}, {"宝", "Bao"}, {"昌", "Chang"}, {"大", "Da"}, {"东", "Dong"}, {"丰", "Feng"},
        {"富", "Fu"}, {"观", "Guan"}, {"河", "He"}, {"红", "Hong"}, {"华", "Hua"}, {"吉", "Ji"},
        {"金", "Jin"}, {"乐", "Le"}, {"龙", "Long"}, {"马", "Ma"}, {"民", "Min"}, {"南", "Nan"},
        {"平", "Ping"}, {"青", "Qing"}, {"仁", "Ren"}, {"三", "San"}, {"石", "Shi"}, {"太", "Tai"},
        {"田", "Tian"}, {"文", "Wen"}, {"西", "Xi"}, {"新", "Xin"}, {"兴", "Xing"}, {"阳", "Yang"},
        {"永", "Yong"}, {"中", "Zhong"},
    };
    return list;
}

const QList<ChecklistSpec> &checklist()
{
    static const QList<ChecklistSpec> items = {
        {"HOME", "Monthly home visits on responsive caregiving", "每月入户开展回应性照护指导"},
        {"GROUP", "Caregiver group sessions", "看护人小组活动"},
        {"SACHET", "Nutrition sachets distributed and followed up", "营养包发放与随访"},
        {"GROWTH", "Growth monitoring and counselling", "生长监测与咨询"},
        {"CENTRE", "Village early learning centre open as planned", "村级早教点按计划开放"},
        {"CASE", "Case management of children in difficult circumstances", "困境儿童个案管理"},
    };
    return items;
}

const QList<QString> &returnReasons()
{
    static const QList<QString> reasons = {
        QStringLiteral("男女分列数之和与合计不一致，请核对后重新提交。"),
        QStringLiteral("分母与上月相差过大，请与乡镇卫生院核实儿童花名册。"),
        QStringLiteral("营养包服用人数超过应服人数，请检查录入。"),
        QStringLiteral("缺少少数民族儿童分列数据，请补充。"),
        QStringLiteral("异常值未说明原因，请在备注中说明。"),
    };
    return reasons;
}

const QList<QString> &visitNarratives()
{
    static const QList<QString> narratives = {
        QStringLiteral("走访3个村，早教点运行正常，看护人参与积极；部分入户记录填写不完整。"),
        QStringLiteral("儿童主任对困境儿童台账掌握清楚，个案跟进及时；营养包库存不足，需协调补货。"),
        QStringLiteral("生长监测设备到位，但体重秤未校准；小组活动出勤率较上季度有所提高。"),
        QStringLiteral("冬季交通不便，两个偏远村入户次数减少；已与乡镇商定调整服务安排。"),
        QStringLiteral("县卫健局同志一同督导，对模式给予肯定，表示将纳入明年县级预算讨论。"),
    };
    return narratives;
}

const QList<ActionSpec> &visitActions()
{
    static const QList<ActionSpec> actions = {
        {"校准村卫生室体重秤", "乡镇卫生院"},
        {"补充营养包库存", "县妇幼保健院"},
        {"培训入户记录填写", "项目官员"},
        {"为偏远村安排流动早教活动", "乡镇政府"},
        {"更新困境儿童台账", "村儿童主任"},
    };
    return actions;
}

} // namespace DemoData
