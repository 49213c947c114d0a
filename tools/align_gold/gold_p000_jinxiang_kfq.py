"""Gold: p000_jinxiang_kfq.docx (金乡经济开发区管委会 工作方案, python-docx) -> 000 (金乡县 若干措施)."""
from gold_common import M000, SEED, P, D, T, UA, N, gold

CHILD = ["二/（%s）" % n for n in "一 二 三 四 五 六 七 八 九".split()] + ["三/（一）", "三/（二）"]

pairs = [
    P("二/（一）", "二/（一）", "合并之一：党建引领、集中轮训/专题辅导/线上学习、政治理论教育和党性教育"),
    P("二/（一）", "二/（二）", "合并之二：岗前/在岗/离岗培训机制、每人每年至少60个学时、2024年上半年全员轮训、离岗教育（20学时）、考核合格重新上岗"),
    P("二/（二）", "二/（三）", "执法主体清理和公告、持证上岗、未取得证件不得独立执法、年度考核和退出机制"),
    P("二/（三）", "三/（四）", "突出问题专项整治：多头/重复/随意检查和一刀切执法、问题清单、对照清单整治、整治情况报县司法局"),
    P("二/（四）", "三/（五）", "标准规范：三项制度、法制审核目录清单、事项目录（2025年3月底前）、上级裁量权基准直接适用"),
    P("二/（五）", "三/（六）", "拆分之一：涉企执法阳光监督、检查计划管理、全面推行掌上执法和非现场监管、包容审慎监管、企业行政合规指导清单、防止以罚代管"),
    P("二/（六）", "三/（六）", "拆分之二：以信用为基础的新型执法机制、两书同达、信用修复、公共信用报告代替无违法违规记录证明"),
    P("二/（八）", "四/（七）", "协作机制：与县行政审批服务局和派驻机构协作、审批监管执法信息共享、涉嫌犯罪移送公安机关、问题线索移送纪检监察机关"),
    P("二/（九）", "六/（十三）", "财政支持：执法经费和装备费用纳入管委会部门预算、财政金融局合理保障"),
    P("三/（一）", "七/（十五）", "组织领导：提高政治站位、台账、分解任务、向党工委管委会报告、统筹协调督促指导"),
    P("三/（二）", "七/（十七）", "督促落实：纳入考核、专项督查、2024年10月底前中期评估、2025年10月底前终期评估"),
]
missing = {
    "五/（八）": "完善监督制度（案卷评查、案例指导）：本方案未承接",
    "五/（九）": "健全监督机制：本方案未承接",
    "五/（十）": "创新监督方式：本方案未承接",
    "六/（十一）": "行政执法队伍保障：本方案未承接",
    "六/（十二）": "行政执法权益保障：本方案未承接",
    "六/（十四）": "行政执法信息化保障：本方案未承接（二/（五）的掌上执法来自三/（六））",
    "七/（十六）": "宣传交流：本方案未承接",
}
added = {
    "二/（七）": "园区企业“安静期”制度（每月1日至20日原则上不入企检查，确需检查报分管负责同志同意）：开发区新增，000无此义务",
}
divergences = [
    D("target_weaker", "二/（一）", "二/（二）", "离岗教育由不少于40学时降为不少于20学时",
      child_value=T(">=", 20, "学时"), parent_value=T(">=", 40, "学时")),
    D("target_dropped", "二/（一）", "二/（二）",
      "000“司法行政部门负责新上岗人员的公共法律知识培训…提供不少于30学时的课程”一句未保留（该义务属县司法局，依004_003约定照记）",
      child_value=None, parent_value=T(">=", 30, "学时")),
    UA("二/（二）", "二/（三）", ["开发区管委会（党政办公室）"], ["县人民政府（本级政府）"],
       "行政执法主体清理结果“由县政府依法审核确认并向社会公告”改为“由管委会党政办公室审核确认后统一向社会公告”"),
    D("deadline_later", "二/（四）", "三/（五）", "行政执法事项目录由2024年底前推迟到2025年3月底前",
      child_value="2025-03-31", parent_value="2024-12-31"),
    D("obligation_stronger", "二/（五）", "三/（六）",
      "000“探索推行‘掌上执法’、非现场监管”变为“全面推行‘掌上执法’和非现场监管”（并加2024年底前全覆盖）",
      child_value="全面推行“掌上执法”和非现场监管", parent_value="探索推行“掌上执法”、非现场监管"),
]
noise = [
    N("二/（一）", "二/（二）", "“每人每年…培训至少60个学时” = “每人每年接受不少于60学时”（同为>=60/年）"),
    N("二/（一）", "二/（二）", "全员轮训“2024年上半年” = “2024年6月前”（同为2024-06-30）"),
    N("二/（五）", "三/（六）", "子文件为掌上执法新增“2024年底前”全覆盖日期：父文件无日期，不是 deadline 类型"),
    N("二/（九）", "六/（十三）", "财政金融局 = 财政部门（开发区本地机构名）"),
    N("二/（三）", "三/（四）", "整治情况报送县司法局 = 报送司法行政部门"),
    N("三/（一）", "七/（十五）", "000“司法行政部门要统筹各执法部门，建立相关会商工作机制”→“综合执法局负责统筹协调和督促指导”：管委会内部的统筹者（internal_units），会商机制一句未保留，不计 unit_changed"),
    N("三/（二）", "七/（十七）", "2024年10月底前、2025年10月底前与000相同；评估结果报县司法局（新增报送对象）"),
    N(None, None, "管委会内设部门（党政办公室、综合执法局、经济发展局、财政金融局、各园区服务中心、各派驻机构）作牵头/责任部门：patterns internal_units，不是 unit_changed"),
]
patterns = [
    {"pattern": "internal_units", "role": "内设机构", "slot": "lead",
     "measures": ["二/（一）", "二/（二）", "二/（三）", "二/（四）", "二/（五）", "二/（六）", "二/（八）", "二/（九）"]},
    {"pattern": "internal_units", "role": "内设机构", "slot": "responsible",
     "measures": ["二/（一）", "二/（二）", "二/（三）", "二/（四）", "二/（五）", "二/（六）", "二/（八）", "二/（九）"]},
]
extra = [
    {"child": "二/（七）", "parent": "三/（六）"},
    {"child": "二/（七）", "parent": "三/（四）"},
]
notes = """SYNTHETIC PAIR: a 开发区管委会 plan (DOCX built by tools/align_gold/make_p000_jinxiang_kfq_docx.py with python-docx: 发文字号, centred 方正小标宋 title, run-in （一） titles in 楷体, 黑体 section heads, page break before the plan) implementing 000. Child level county (the tool reports level '—': it does not map a 管委会 issuer to county).
(1) Ids 二/（一）…二/（九）, 三/（一）, 三/（二）; the tool numbers them the same way.
(2) Units: same convention as p000_jinxiang_scjgj (internal_units pattern; the parent's 牵头单位 are not re-listed). The one planted unit change is a named duty: 主体审核确认 moved from the county government to a 管委会 office (aspect task_actor).
(3) Planted: merge 二/（一）+二/（二）→二/（一） carrying target_weaker (离岗 40→20) and target_dropped (30学时 new-hire course); task_actor change on 二/（二）; deadline_later on 二/（四）; split 三/（六）→二/（五）+二/（六） with obligation_stronger on 二/（五）; 7 missing; 1 added.
(4) Doubtful: target_dropped on 二/（一） follows 004_003's convention for a sentence whose duty belongs to another unit; an analyst could leave it out."""

GOLD = gold("p000_jinxiang_kfq.docx", SEED["000"], CHILD, M000, pairs, missing, added, divergences,
            acceptable_extra_pairs=extra, noise=noise, patterns=patterns, notes=notes)
