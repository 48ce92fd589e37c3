"""Every regulatory number the program uses, with the rule it comes from.

Where a local rule may differ, the value here is the national default; a later version (or a
school setting) can change it in this one place.
"""

from __future__ import annotations

from dataclasses import dataclass

from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Rule:
    value: object
    source: str


# 事业单位财务规则（2022）第四十九条: unit value ≥ 1000 元 and a useful life over one year.
FIXED_ASSET_THRESHOLD_FEN = Rule(100_000, "事业单位财务规则（财政部令第108号，2022）")

# 政府会计准则第3号——固定资产 应用指南: minimum depreciation years by kind of asset.
DEPRECIATION_YEARS = Rule(
    {
        "computer": 6,  # 计算机设备
        "office": 6,  # 办公设备
        "vehicle": 8,  # 车辆
        "furniture": 15,  # 家具
        "utensil": 5,  # 用具、装具
        "equipment": 10,  # 专用设备（教学仪器、体育、音乐器材等，一般不低于 10 年）
        "brick_building": 30,  # 砖混结构房屋
        "steel_building": 50,  # 钢结构、钢筋混凝土结构房屋
        "none": 0,  # 图书、档案、文物和陈列品、动植物：不计提折旧
    },
    "政府会计准则第3号——固定资产 应用指南（财会〔2017〕4号）",
)

# The same guide: straight-line, monthly, no residual value; an asset added in a month is
# depreciated from that month, one removed in a month is not depreciated for it.
DEPRECIATION_METHOD = Rule("年限平均法，按月计提，不留残值，当月增加当月计提", "政府会计准则第3号 应用指南")

# A borrowed asset is overdue the day after its due date.
LOAN_OVERDUE_AFTER_DAYS = Rule(0, "学校资产管理制度（常见做法）")

# 学校食品安全与营养健康管理规定（2019）第四十条: every dish sampled, ≥125 g, kept ≥48 h refrigerated.
SAMPLE_MIN_GRAMS = Rule(125, "学校食品安全与营养健康管理规定 第四十条")
SAMPLE_KEEP_HOURS = Rule(48, "学校食品安全与营养健康管理规定 第四十条")

# Acceptance temperatures (GB 31621-2014 食品经营过程卫生规范, common practice for school canteens):
# chilled goods 0–8 ℃, frozen goods at or below −12 ℃ on arrival.
CHILLED_RANGE_C = Rule((0, 8), "GB 31621-2014 食品经营过程卫生规范")
FROZEN_MAX_C = Rule(-12, "GB 31621-2014 食品经营过程卫生规范")

# 2024 教育部 学校食品安全相关指引: deliveries are checked by two or more people (双人或多人联检).
ACCEPTORS_REQUIRED = Rule(2, "教育部 2024 学校食堂进货查验双人或多人联检要求")

# 食品安全法 第五十条: records kept at least 6 months after the shelf life ends, 2 years when none.
RECORDS_KEEP = Rule({"after_shelf_life_months": 6, "without_shelf_life_years": 2}, "食品安全法 第五十条")

# Licences and health certificates flagged on 首页 this many days before they expire.
EXPIRY_WARNING_DAYS = Rule(30, "本程序默认提前 30 天提醒")

# GB 14934-2016 食（饮）具消毒卫生标准 and the 餐饮服务食品安全操作规范 (2018) appendix: minimum times per method.
DISINFECTION_MINUTES = Rule(
    {QT_TRANSLATE_NOOP("Field", "蒸汽"): 10, QT_TRANSLATE_NOOP("Field", "煮沸"): 10, QT_TRANSLATE_NOOP("Field", "红外（120 ℃）"): 10,
     QT_TRANSLATE_NOOP("Field", "含氯消毒剂（250 mg/L）"): 5, QT_TRANSLATE_NOOP("Field", "洗碗机高温"): 1},
    "餐饮服务食品安全操作规范（2018）附录J；GB 14934-2016",
)

# 托儿所幼儿园卫生保健工作规范（2012）: the children's meal fees are used for the children; the term's
# surplus or deficit should stay within ±2 % of the fee income.
KINDERGARTEN_FEE_BALANCE_PERCENT = Rule(2, "托儿所幼儿园卫生保健工作规范（卫妇社发〔2012〕35号）")

# ------------------------------------------------------------------ safety patrols

# 机关、团体、企业、事业单位消防安全管理规定（公安部令第61号）第二十五、二十六条 and the 2015 MoE–MPS opinion on
# fire safety in schools: a fire patrol every day, key places every 2 hours while in use, a fire
# inspection with signatures at least every quarter.
PATROL_FREQUENCIES = Rule((QT_TRANSLATE_NOOP("Field", "每日"), QT_TRANSLATE_NOOP("Field", "每周"), QT_TRANSLATE_NOOP("Field", "每月"),
                           QT_TRANSLATE_NOOP("Field", "每季度"), QT_TRANSLATE_NOOP("Field", "不定期")), "公安部令第61号；教育部 公安部《关于加强中小学幼儿园消防安全管理工作的意见》（2015）")

# A hazard found on patrol gets this many days to be put right unless the clerk sets another deadline.
HAZARD_DEFAULT_DAYS = Rule({"一般": 7, "重大": 30}, "本程序默认；学校可按实际逐条修改整改期限")

# Extinguishers: first repair (years after manufacture), then every N years, and the scrap age.
# GB 50444-2008《建筑灭火器配置验收及检查规范》5.3.3 / 5.4.3; GB 55036-2022《消防设施通用规范》keeps the
# scrap ages. These are defaults: 设置 → 灭火器类型 keeps the school's own values.
EXTINGUISHER_LIFE = Rule(
    {  # type: (first repair after years, then every years, scrap after years)
        "水基型": (3, 1, 6),
        "干粉": (5, 2, 10),
        "二氧化碳": (5, 2, 12),
        "洁净气体": (5, 2, 10),
    },
    QT_TRANSLATE_NOOP("Rules", "GB 50444-2008 第5.3.3、5.4.3条；GB 55036-2022（请按当地消防部门要求核对）"),
)

# Every extinguisher is checked once a month (GB 50444-2008 5.2.2, 5.2.3 for key places: every half month).
EXTINGUISHER_CHECK_MONTHS = Rule(1, "GB 50444-2008 第5.2.2条")

# 中小学幼儿园应急疏散演练指南（教育部 2014）: schools at least once a month, kindergartens at least once a quarter.
DRILL_INTERVAL_MONTHS = Rule({"小学": 1, "幼儿园": 3}, "《中小学幼儿园应急疏散演练指南》（教育部 2014）")

# Visitors' ID numbers are shown and printed with only the last characters visible (个人信息保护法 第五十一条).
ID_VISIBLE_TAIL = Rule(4, "个人信息保护法 第五十一条（去标识化）")

# ------------------------------------------------------------------ health

# 学校和托幼机构传染病疫情报告工作规范（试行）（卫办疾控发〔2006〕65号）: within 24 h when one class has 3 or more cases
# with similar symptoms in one day, or 5 or more within 3 consecutive days. Local rules often shorten the 24 h: the rows
# below are the defaults of the school's own editable rules (卫生保健 → 疫情预警).
OUTBREAK_RULES = Rule(
    (  # (name, symptoms, days, cases, scope, report within hours)
        ("同一班级 1 天内 3 例相似症状", "发热、皮疹、腹泻、呕吐、黄疸", 1, 3, "班级", 24),
        ("同一班级 3 天内 5 例相似症状", "发热、皮疹、腹泻、呕吐、黄疸", 3, 5, "班级", 24),
    ),
    "学校和托幼机构传染病疫情报告工作规范（试行）（卫办疾控发〔2006〕65号）",
)
# 晨检: a temperature of 37.3 ℃ or more is re-measured (托儿所幼儿园卫生保健工作规范 2012; HEALTH.md §1).
FEVER_FROM_CELSIUS = Rule("37.3", "托儿所幼儿园卫生保健工作规范（卫妇社发〔2012〕35号）")

# Disease cluster criteria (聚集性疫情, provincial guidance such as 湖州市 2023; local rules differ, so these are the defaults of
# editable rows): each counts the infectious-disease register's cases by onset within `days`, a child once.
DISEASE_CLUSTER_RULES = Rule(
    (  # (name, disease, days, cases, scope, report within hours)
        ("手足口病 7 天内全校 5 例", QT_TRANSLATE_NOOP("Field", "手足口病"), 7, 5, "全校", 24),
        ("手足口病 7 天内同班 2 例", QT_TRANSLATE_NOOP("Field", "手足口病"), 7, 2, "班级", 24),
        ("诺如病毒感染 7 天内 10 例", QT_TRANSLATE_NOOP("Field", "诺如病毒感染"), 7, 10, "全校", 24),
        ("细菌性痢疾 3 天内 10 例", QT_TRANSLATE_NOOP("Field", "细菌性痢疾"), 3, 10, "全校", 24),
        ("急性出血性结膜炎 7 天内 3 例", QT_TRANSLATE_NOOP("Field", "急性出血性结膜炎"), 7, 3, "全校", 24),
        ("流感样病例 7 天内 10 例", QT_TRANSLATE_NOOP("Field", "流感样病例"), 7, 10, "全校", 24),
        ("猩红热 7 天内 10 例", QT_TRANSLATE_NOOP("Field", "猩红热"), 7, 10, "全校", 24),
        ("麻疹 10 天内 2 例", QT_TRANSLATE_NOOP("Field", "麻疹"), 10, 2, "全校", 24),
        ("风疹 7 天内 5 例", QT_TRANSLATE_NOOP("Field", "风疹"), 7, 5, "全校", 24),
        ("流行性腮腺炎 7 天内 5 例", QT_TRANSLATE_NOOP("Field", "流行性腮腺炎"), 7, 5, "全校", 24),
        ("水痘 7 天内 5 例", QT_TRANSLATE_NOOP("Field", "水痘"), 7, 5, "全校", 24),
    ),
    "学校传染病聚集性疫情判定标准（省市指导意见，如 湖州市 2023；以当地规定为准）",
)

# Isolation before return, and the class's medical observation period (the longest incubation period), per disease. Copies
# disagree, so these seed an editable table (卫生保健 → 传染病 → 病种): (name, isolation days, counted from, what the isolation
# waits for, observation days, source). None: no default found in a checked copy; the doctor enters the date.
ISOLATION_FROM = (QT_TRANSLATE_NOOP("Field", "发病日"), QT_TRANSLATE_NOOP("Field", "诊断日"), QT_TRANSLATE_NOOP("Field", "症状消失日"))
_INCUBATION = "观察期取最长潜伏期：学校常见传染病的隔离期及停课标准（2020）、校（园）常见传染病休假及停课参考"
DISEASES = Rule(
    (
        ("流感样病例", 2, "症状消失日", "体温正常、流感样症状消失 48 小时后", 4, "流感样病例暴发疫情处置指南（2018年版）；" + _INCUBATION),
        ("手足口病", 14, "发病日", "疱疹全部干燥结痂，且自发病起不少于 2 周", 10, "沈阳市疾控中心等多地手足口病停课要求（自发病起 2 周）；潜伏期 2–10 天"),
        ("水痘", 14, "发病日", "全部疱疹干燥结痂，且不少于 14 天", 21, "关于加强水痘疾病报告与管理工作的通知（苏卫计疾控〔2017〕18号）；各地观察期 21–24 天"),
        ("诺如病毒感染", 3, "症状消失日", "症状完全消失后 3 天", 3, "学校常见传染病特征及复课标准（症状消失后 3 天）；潜伏期 12–72 小时"),
        ("流行性腮腺炎", 10, "发病日", "腮腺肿胀完全消退，约自发病起 10 天", 25, _INCUBATION),
        ("猩红热", 10, "诊断日", "正规治疗约 10 天", 12, "学校常见传染病特征及复课标准（规范治疗 10 天）；潜伏期 2–12 天"),
        ("麻疹", 5, "发病日", "出疹后 5 天（发病日填出疹日）", 21, "全国麻疹监测方案（2014版）；" + _INCUBATION),
        ("细菌性痢疾", None, "诊断日", "按医嘱", 7, "潜伏期 12 小时–7 天；隔离期未查到可核对的默认值"),
        ("急性出血性结膜炎", None, "发病日", "按医嘱", 6, "潜伏期最长 6 天；隔离期未查到可核对的默认值"),
        ("风疹", None, "发病日", "按医嘱", 21, "潜伏期 14–21 天；隔离期未查到可核对的默认值"),
        ("其他", None, "发病日", "按医嘱", None, ""),
    ),
    "HEALTH.md §1（隔离与复课）及所注来源；各地规定不同，可在病种表中修改",
)

# 托儿所幼儿园卫生保健工作规范（2012）附件3 预防性消毒: the least time (and for chlorine the available-chlorine range, mg/L)
# per object and method; the defaults of the school's editable table (设置 → 消毒要求). Rooms are aired at least twice a day
# for 10–15 min; the UV lamp once a day for 60 min with nobody in the room (many local forms say 30 min: edit the row).
DISINFECTION_METHODS = (QT_TRANSLATE_NOOP("Field", "紫外线"), QT_TRANSLATE_NOOP("Field", "含氯"), QT_TRANSLATE_NOOP("Field", "煮沸"),
                        QT_TRANSLATE_NOOP("Field", "蒸汽"), QT_TRANSLATE_NOOP("Field", "日晒"), QT_TRANSLATE_NOOP("Field", "通风"))
HEALTH_DISINFECTION = Rule(
    (  # (object, method, least minutes, least mg/L, most mg/L)
        (QT_TRANSLATE_NOOP("Field", "活动室、寝室（空气）"), "通风", 10, None, None),
        (QT_TRANSLATE_NOOP("Field", "活动室、寝室（空气）"), "紫外线", 60, None, None),
        (QT_TRANSLATE_NOOP("Field", "餐具、水杯"), "煮沸", 15, None, None),
        (QT_TRANSLATE_NOOP("Field", "餐具、水杯"), "蒸汽", 10, None, None),
        (QT_TRANSLATE_NOOP("Field", "毛巾"), "日晒", 360, None, None),
        (QT_TRANSLATE_NOOP("Field", "毛巾"), "煮沸", 15, None, None),
        (QT_TRANSLATE_NOOP("Field", "毛巾"), "蒸汽", 10, None, None),
        (QT_TRANSLATE_NOOP("Field", "玩具"), "含氯", 10, 100, 250),
        (QT_TRANSLATE_NOOP("Field", "图书"), "日晒", 360, None, None),
        (QT_TRANSLATE_NOOP("Field", "厕所、便盆"), "含氯", 30, 400, 700),
    ),
    QT_TRANSLATE_NOOP("Rules", "托儿所幼儿园卫生保健工作规范（卫妇社发〔2012〕35号）附件3"),
)

# 带药: a dose not recorded this long after its time is flagged as missed on 首页 and the page (the program's default).
DOSE_MISSED_AFTER_MINUTES = Rule(30, "本程序默认：过时 30 分钟未登记即提示漏服")

# 贫血: haemoglobin below the cut-off for the age (g/L; (from month, anaemia below, 中重度 below), each band up to the
# next, the last up to 15 years). WHO, Haemoglobin concentrations for the diagnosis of anaemia and assessment of severity
# (WHO/NMH/NHD/MNM/11.1, 2011): 6–59 months < 110, 5–11 years < 115, 12–14 years < 120; moderate or severe below 100 / 110 / 110.
ANAEMIA_HB = Rule(((6, 110, 100), (60, 115, 110), (144, 120, 110)),
                  QT_TRANSLATE_NOOP("Rules", "WHO/NMH/NHD/MNM/11.1（2011）血红蛋白诊断贫血界值"))

# 体弱儿 / 肥胖儿专案: an observation every two weeks; a review monthly for the severe, every 2–3 months for the mild.
CASE_REVIEW_DAYS = Rule({"observation": 14, "severe": 30, "mild": 60}, "托儿所幼儿园卫生保健工作规范（卫妇社发〔2012〕35号）体弱儿管理")

# 健康检查: ages 1–3 twice a year (6 months apart), over 3 once a year; haemoglobin yearly; vision yearly from 4; a child
# away more than 3 months is examined again; a transfer's certificate is valid 3 months.
EXAM_INTERVAL_MONTHS = Rule({"under_3": 6, "from_3": 12, "haemoglobin": 12, "vision": 12, "away": 3}, "托儿所幼儿园卫生保健工作规范（2012）、中小学生健康体检管理办法（2021）")
VISION_FROM_MONTHS = Rule(48, "托儿所幼儿园卫生保健工作规范（2012）：4 岁起每年一次视力筛查")
# 视力不良: 裸眼视力 below 5.0 (五分记录), 1.0 (小数记录), for pupils of 6 and over.
POOR_VISION_BELOW = Rule({"five_point": "5.0", "decimal": "1.0"}, "GB/T 26343-2010 学生健康检查技术规范")
