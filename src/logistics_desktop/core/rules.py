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
