"""Measure wording for the layout zoo, reworded from the State Council plan (国办发〔2023〕27号)
and the seeds' measures. Every helper returns one measure: a topic (run-in title), its parts
(sentences, no final punctuation), and the hand-annotated deadlines / targets / obligation.

``p`` is the level prefix of the notice's own units (县 / 市 / 区 / 省), ``area`` how the body
names its territory (全县 / 全市 / 全区 / 全省).
"""
from __future__ import annotations

import calendar


def last_day(y: int, m: int = 12) -> str:
    return f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"


def D(y, m=12):
    return {"date": last_day(y, m), "recurrence": None}


YEARLY = {"date": None, "recurrence": "yearly"}
HALF = {"date": None, "recurrence": "half-yearly"}
QUARTER = {"date": None, "recurrence": "quarterly"}


def T(c, v, u):
    return {"comparator": c, "value": v, "unit": u}


def mon(y, m):
    return f"{y}年{m}月底前" if m != 12 else f"{y}年底前"


def M(topic, parts, dl=(), tg=(), ob="mandatory"):
    return {"topic": topic, "parts": list(parts), "dl": list(dl), "tg": list(tg), "ob": ob}


# ---- 一 执法队伍素质 -------------------------------------------------------------------

def study(p, area, n=2):
    return M("强化政治能力建设", [
        "坚持把习近平法治思想作为行政执法人员学习培训的必修课和主要内容",
        f"各执法部门每年组织行政执法人员开展法治专题学习不少于{n}次，引导执法人员牢固树立执法为民理念"],
        [YEARLY], [T(">=", n, "次")])


def training(p, area, h=60, y=2024, m=6, new=30):
    return M("加强执法业务培训", [
        f"健全行政执法人员培训制度，行政执法人员每人每年参加公共法律知识、业务知识和执法技能培训不少于{h}学时",
        f"新录用、新调入的执法人员上岗前培训不少于{new}学时",
        f"{mon(y, m)}完成{area}行政执法人员轮训一遍"],
        [YEARLY, D(y, m)], [T(">=", h, "学时"), T(">=", new, "学时")])


def licence(p, area, y=2024, m=12):
    return M("严格执法人员资格管理", [
        "严格实行行政执法人员持证上岗和资格管理制度，未取得行政执法证件的人员不得独立从事行政执法工作",
        f"{mon(y, m)}完成{area}行政执法证件清理，对不符合条件的人员依法注销证件"],
        [D(y, m)])


def professional(p, area, y=2025, pct=15):
    return M("推进执法队伍专业化建设", [
        "优化行政执法人员结构，加大法律专业人才招录力度",
        f"到{y}年底，各执法部门具有法律专业背景或者取得法律职业资格的人员比例不低于{pct}%"],
        [D(y)], [T(">=", pct, "%")])


def conduct(p, area):
    return M("加强执法作风建设", [
        "严格落实行政执法人员行为规范和职业道德准则，坚决杜绝粗暴执法、选择性执法",
        "对执法人员违法违纪行为依规依纪依法严肃处理"])


# ---- 二 执法突出问题整治 -------------------------------------------------------------------

def campaign(p, area, y=2024, m=9):
    return M("开展突出问题专项整治", [
        "聚焦人民群众反映强烈的执法不作为、乱作为、执法不规范等突出问题，组织开展行政执法领域专项整治",
        f"{mon(y, m)}完成问题排查，坚决纠正乱罚款、乱检查、乱查封等行为"],
        [D(y, m)])


def inspections(p, area, n=2):
    return M("规范涉企行政检查", [
        "严格控制涉企行政检查频次，全面推行“双随机、一公开”监管和“综合查一次”联合检查",
        f"同一部门对同一企业的现场检查每年原则上不超过{n}次"],
        [YEARLY], [T("<=", n, "次")])


def lenient(p, area, y=2024, m=6):
    return M("推行包容审慎监管", [
        "全面推行柔性执法，落实“首违不罚”“轻微免罚”制度",
        f"{mon(y, m)}各执法部门公布不予行政处罚事项清单和从轻减轻行政处罚事项清单"],
        [D(y, m)])


def fines(p, area):
    return M("整治逐利执法", [
        "严禁下达或者变相下达罚没指标，严禁将罚没收入同作出行政处罚的部门利益挂钩",
        "对违规设定罚没指标的问题发现一起查处一起"])


# ---- 三 执法工作体系 -------------------------------------------------------------------

def discretion(p, area, y=2024, m=12):
    return M("全面落实行政裁量权基准制度", [
        "各执法部门要对照上级行政裁量权基准，结合本地实际细化量化裁量标准",
        f"{mon(y, m)}完成行政处罚裁量权基准修订并向社会公布"],
        [D(y, m)])


def three_systems(p, area, pct=100):
    return M("严格落实行政执法三项制度", [
        "全面落实行政执法公示、执法全过程记录、重大执法决定法制审核制度",
        f"重大执法决定法制审核率达到{pct}%，执法信息按规定在政府网站公示"],
        [], [T("=", pct, "%")])


def liaison(p, area, y=2024, m=12):
    return M("健全执法协作衔接机制", [
        "完善行政执法与刑事司法衔接机制，健全案件移送、信息共享和联席会议制度",
        f"{mon(y, m)}制定涉嫌犯罪案件移送标准和程序"],
        [D(y, m)])


def digital(p, area, y=2025, pct=90):
    return M("推进执法数字化建设", [
        "依托省行政执法综合管理监督信息系统，推进执法数据归集共享和执法案件网上办理",
        f"到{y}年底，行政执法案件网上办理率达到{pct}%以上"],
        [D(y)], [T(">=", pct, "%")])


def lists(p, area, y=2024, m=3):
    return M("动态调整执法事项清单", [
        "梳理公布行政执法事项清单，明确执法主体、执法依据和执法程序",
        f"{mon(y, m)}完成执法事项清单梳理，此后每年动态调整一次"],
        [D(y, m), YEARLY], [T("=", 1, "次")])


# ---- 四 执法体制改革 -------------------------------------------------------------------

def township(p, area, y=2024, m=6):
    return M("推进执法权限向基层延伸", [
        "按照依法下放、宜放则放原则，稳妥有序将基层管理迫切需要的执法权限下放给乡镇（街道）",
        f"{mon(y, m)}完成已下放执法事项评估，确保放得下、接得住、管得好"],
        [D(y, m)])


def joint(p, area):
    return M("深化综合行政执法改革", [
        "整合精简执法队伍，推进跨领域跨部门综合执法",
        "探索建立“一支队伍管执法”工作模式，鼓励有条件的乡镇（街道）先行先试"],
        ob="exploratory")


def township_training(p, area, n=1):
    return M("加强乡镇执法能力建设", [
        f"{p}司法局每半年至少组织{n}次乡镇（街道）执法人员业务培训",
        "推动乡镇（街道）配齐配强执法力量"],
        [HALF], [T(">=", n, "次")])


# ---- 五 执法监督 -------------------------------------------------------------------

def supervision_system(p, area, y=2024, m=12, tiers=None):
    return M("健全行政执法监督工作体系", [
        f"{mon(y, m)}基本建成{tiers or p + '、乡两级'}全覆盖的行政执法协调监督工作体系",
        "乡镇（街道）明确专人负责行政执法监督工作"],
        [D(y, m)])


def case_review(p, area, n=1):
    return M("常态化开展案卷评查", [
        f"每年至少开展{n}次行政执法案卷评查，评查结果纳入法治政府建设考核",
        "对评查发现的问题建立台账、限期整改"],
        [YEARLY], [T(">=", n, "次")])


def monitors(p, area):
    return M("拓宽社会监督渠道", [
        "鼓励聘请人大代表、政协委员、律师和群众代表担任行政执法社会监督员",
        "可以通过第三方评估等方式对执法工作进行测评"],
        ob="encouraged")


def complaints(p, area, pct=95):
    return M("畅通投诉举报渠道", [
        "依托12345政务服务便民热线受理行政执法投诉举报",
        f"投诉举报按期办结率达到{pct}%以上"],
        [], [T(">=", pct, "%")])


# ---- 六 执法保障 -------------------------------------------------------------------

def funding(p, area):
    return M("强化执法经费保障", [
        "将行政执法工作经费、执法装备配备费用纳入本级财政预算",
        "严禁罚没收入与执法经费挂钩"])


def equipment(p, area, y=2025, m=6, pct=100):
    return M("加强执法装备配备", [
        "按照执法装备配备标准配备执法记录仪、执法车辆等装备",
        f"{mon(y, m)}一线执法人员执法记录仪配备率达到{pct}%"],
        [D(y, m)], [T("=", pct, "%")])


def incentives(p, area, n=1):
    return M("落实执法激励保障", [
        "落实行政执法责任制和尽职免责制度，依法保障执法人员合法权益",
        f"每半年至少召开{n}次执法工作分析会，及时研究解决执法难题"],
        [HALF], [T(">=", n, "次")])


def publicity(p, area):
    return M("营造良好执法环境", [
        "要加大行政执法宣传力度，落实“谁执法谁普法”普法责任制",
        "及时回应社会关切，引导群众理解支持行政执法工作"], ob="expected")


SECTIONS = [
    "全面提升行政执法人员能力素质",
    "全面推进严格规范公正文明执法",
    "健全完善行政执法工作体系",
    "持续推进行政执法体制改革",
    "加快构建行政执法协调监督工作体系",
    "强化行政执法保障能力",
]
