"""Gold: p004_shizhong_sfj.html (市中区司法局 工作方案, government-site HTML) -> 004 (市中区 活动实施方案)."""
from gold_common import M004, SEED, P, D, T, UA, N, gold

CHILD = ["二/（%s）" % n for n in "一 二 三 四 五 六 七".split()] + ["三/（一）", "三/（二）"]

pairs = [
    P("二/（一）", "二/（三）", "培训轮训：新上岗人员公共法律知识培训（区司法局负责）、督促制定年度培训计划（72学时）、实操训练、2024年上半年全员轮训、联合开展综合行政执法人员培训"),
    P("二/（二）", "二/（四）", "突出问题整治的专项监督：汇总问题清单和整治情况、组织专项监督、形成专项监督报告报区政府"),
    P("二/（三）", "二/（五）", "事项目录（指导认领编制、2024年11月30日前公布）、三项制度、规范适用裁量权基准"),
    P("二/（四）", "二/（十三）", "拆分之一：年度监督计划、重点领域专项监督（督促执法机关每年不少于一次）、监督人才库、监督员、监督联系点、评议考核"),
    P("二/（五）", "二/（十三）", "拆分之二：案卷评查、通报共性问题、督促整改、指导案例"),
    P("二/（五）", "三/（五）", "检查验收阶段的案卷集中评查（或抽查）、2024年12月底前"),
    P("二/（七）", "二/（十六）", "跟踪分析、2024年10月底前中期评估、2025年10月底前终期评估、重要事项报告"),
    P("三/（一）", "四/（二）", "加强领导：主要负责同志任组长、分管负责同志具体抓、明确责任、分工到人"),
    P("三/（二）", "三/（三）", "督查整改阶段：区司法局督导检查，重点检查三项制度落实、执法人员管理、重大执法案件，督促整改"),
]
missing = {m: "司法局方案只承接本局牵头的任务，本条未承接" for m in [
    "二/（一）", "二/（二）", "二/（六）", "二/（七）", "二/（八）", "二/（九）", "二/（十）", "二/（十一）",
    "二/（十二）", "二/（十四）", "二/（十五）", "三/（一）", "三/（二）", "三/（四）", "四/（一）", "四/（三）"]}
missing["二/（九）"] = "队伍保障（含“区司法行政部门要统筹整合法制审核力量”一句，本属司法局）：本方案未承接"
added = {
    "二/（六）": "司法所协助区司法局监督镇街执法、每季度抽查镇街执法案卷：司法局新增，004无此义务",
}
divergences = [
    D("target_stronger", "二/（一）", "二/（三）", "年度培训计划由不少于60学时提高到不少于72学时",
      child_value=T(">=", 72, "学时", "yearly"), parent_value=T(">=", 60, "学时", "yearly")),
    D("obligation_stronger", "二/（一）", "二/（三）", "004“区司法行政部门探索组织相关业务部门联合开展综合行政执法人员培训”变为“区司法局要牵头组织…联合开展”",
      child_value="区司法局要牵头组织相关业务部门联合开展综合行政执法人员培训",
      parent_value="区司法行政部门探索组织相关业务部门联合开展综合行政执法人员培训"),
    D("deadline_later", "二/（二）", "二/（四）", "整治情况专项监督由2024年9月底前推迟到2024年11月底前",
      child_value="2024-11-30", parent_value="2024-09-30"),
    UA("二/（二）", "二/（四）", ["司法行政部门（区司法局）"], ["行政执法机关（各执法部门）"],
       "整治情况专项监督：004由“各执法部门”开展，司法局方案由区司法局自己组织（回到003的分工）"),
    D("deadline_dropped", "三/（二）", "三/（三）", "督查整改阶段004限2024年10月底之前，司法局的督导检查未写任何日期",
      child_value=None, parent_value="2024-10-31"),
]
noise = [
    N("二/（一）", "二/（三）", "全员轮训“2024年上半年” = “2024年6月底前”（同为2024-06-30）"),
    N("二/（一）", "二/（三）", "“负责全区新上岗行政执法人员的公共法律知识培训” = “区司法行政部门负责新上岗人员的公共法律知识培训”（同一角色）"),
    N("二/（三）", "二/（五）", "事项目录“2024年11月30日前” = “2024年11月底前”；由“区级行政执法机关…公布”改写为司法局“指导…督促…公布”，执行者未变"),
    N("二/（四）", "二/（十三）", "“督促各镇街、区级行政执法机关每年组织专项监督不少于一次” = “区级行政执法机关每年至少组织开展一次专项监督”（同一目标、同一执行者，司法局督促）"),
    N("二/（五）", "三/（五）", "“2024年12月底前” = “2024年12月底之前”"),
    N("二/（七）", "二/（十六）", "2024年10月底前、2025年10月底前与004相同；区司法局会同有关部门 = 004原句"),
    N("三/（一）", "四/（二）", "主要领导亲自抓、分管领导具体抓 → 主要负责同志任组长、分管负责同志具体抓（同义）"),
    N(None, None, "页面外壳（导航、信息公开表、页脚）不是正文；本局内设机构（行政执法协调监督科、各司法所）作牵头/责任单位：patterns internal_units"),
]
patterns = [
    {"pattern": "internal_units", "role": "内设机构", "slot": "lead",
     "measures": ["二/（一）", "二/（二）", "二/（三）", "二/（四）", "二/（五）", "二/（七）"]},
    {"pattern": "internal_units", "role": "内设机构", "slot": "responsible",
     "measures": ["二/（一）", "二/（四）"]},
]
extra = [{"child": "二/（六）", "parent": "二/（十三）"}]
notes = """SYNTHETIC PAIR: the district 司法局's own plan implementing 004, published as an HTML page with government-site chrome (信息公开 table with 发文字号/成文日期, breadcrumb, 打印/关闭, footer with 网站标识码/ICP/公网安备; made-up values in real formats). Child level county.
(1) Ids 二/（一）…二/（七）, 三/（一）, 三/（二）; the tool numbers them the same way.
(2) The 司法局 is 004's lead for most measures; its plan takes up only its own supervisory/training duties, so 16 parent measures are missing (realistic for a department plan). Units: internal_units convention; 各司法所 are the 司法局's own 派出机构. Planted unit change: who performs the 专项监督 of 二/（四） (task_actor: the 执法部门 themselves → 区司法局).
(3) Planted: target_stronger + obligation_stronger on 二/（一）; deadline_later + task_actor unit_changed on 二/（二）; split 二/（十三）→二/（四）+二/（五）; 二/（五） also implements 三/（五）; deadline_dropped on 三/（二）↔三/（三）; 1 added.
(4) Doubtful: 二/（五） ↔ 二/（十三） loses the yearly recurrence of 案卷评查 (one dated 集中评查 by 2024-12-31 instead); no contract type, not flagged. 三/（二）'s missing date could be argued away because the plan's goal paragraph says 'by 2024年底' for the whole plan; the gold flags it."""

GOLD = gold("p004_shizhong_sfj.html", SEED["004"], CHILD, M004, pairs, missing, added, divergences,
            acceptable_extra_pairs=extra, noise=noise, patterns=patterns, notes=notes)
