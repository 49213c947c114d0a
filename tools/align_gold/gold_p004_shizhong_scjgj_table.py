"""Gold: p004_shizhong_scjgj_table.txt (市中区市场监管局 任务清单, tab-separated table) -> 004."""
from gold_common import M004, SEED, P, D, T, UA, N, gold

CHILD = [str(i) for i in range(1, 10)]

pairs = [
    P("1", "二/（三）", "执法人员培训：年度培训计划、每人每年40学时、实操训练、全员轮训（2024年6月30日前）"),
    P("2", "二/（二）", "执法资格管理：持证情况清理、未取得证件不得执法、年度考核、配合做好执法主体公告"),
    P("3", "二/（四）", "突出问题专项整治：问题清单、对照清单整治、报区司法局、整治情况专项监督和专项报告（2024年8月底前）"),
    P("4", "二/（五）", "三项制度、裁量权基准、认领编制事项目录并公布（2024年11月底前）"),
    P("5", "二/（六）", "涉企执法阳光监督（事前报备、事中留痕、事后评价）、双随机一公开与联合检查、两书同达、信用修复专人受理全程网办"),
    P("6", "二/（十一）", "执法经费和装备资金保障"),
    P("7", "二/（十三）", "执法监督：年度监督计划、每年至少1次专项监督、案卷评查、典型案例"),
    P("9", "二/（十五）", "宣传交流：新媒体宣传好做法、树立执法形象"),
]
missing = {m: "任务清单未承接" for m in [
    "二/（一）", "二/（七）", "二/（八）", "二/（九）", "二/（十）", "二/（十二）", "二/（十四）", "二/（十六）",
    "三/（一）", "三/（二）", "三/（三）", "三/（四）", "三/（五）", "四/（一）", "四/（二）", "四/（三）"]}
added = {"8": "食用农产品快检结果执法衔接（24小时内核查、快检—核查—处置闭环）：部门新增，004无此义务"}
divergences = [
    D("target_weaker", "1", "二/（三）", "年度培训由不少于60学时降为不少于40学时",
      child_value=T(">=", 40, "学时", "yearly"), parent_value=T(">=", 60, "学时", "yearly")),
    D("deadline_earlier", "3", "二/（四）", "整治情况专项监督和专项报告由2024年9月底前提前到2024年8月底前",
      child_value="2024-08-31", parent_value="2024-09-30"),
    UA("6", "二/（十一）", ["行政执法机关（局财务科，本局公用经费）"], ["财政部门（区财政局）"],
       "004“财政部门根据部门提请预算申报，统筹审核，做好…资金保障”，清单改为由本局财务科统筹局内公用经费解决、不再单独申请追加预算：保障责任由财政部门转到执法机关自身"),
    D("obligation_weaker", "7", "二/（十三）", "004“每年组织开展行政执法案卷评查活动”变为“有条件的所队可以开展执法案卷交叉评查”",
      child_value="有条件的所队可以开展执法案卷交叉评查", parent_value="每年组织开展行政执法案卷评查活动"),
]
noise = [
    N("1", "二/（三）", "“2024年6月30日前完成全员轮训” = “2024年6月底前完成全区行政执法人员全员轮训”"),
    N("4", "二/（五）", "“2024年11月底前” = “于2024年11月底前向社会公布”"),
    N("7", "二/（十三）", "“每年至少组织开展1次专项监督” = “每年至少组织开展一次专项监督”（阿拉伯数字/汉字）"),
    N("2", "二/（二）", "完成时限“长期坚持”：父文件本条无日期，不是 deadline 类型；同样见 5、9"),
    N("6", "二/（十一）", "完成时限“2024年12月底前”：父文件本条无日期，子文件新增日期不是合同类型"),
    N("7", "二/（十三）", "完成时限“2024年12月底前”：父文件本条为每年（recurrence），不是 deadline_earlier/later"),
    N("3", "二/（四）", "专项监督执行者：004“各执法部门”，清单“局法规科”（本局即行政执法机关，同一角色）"),
    N(None, None, "责任科室列（法规科、人事科、执法大队、各市场监管所、信用监管科、财务科、食品安全协调科、办公室）：patterns internal_units"),
]
patterns = [
    {"pattern": "internal_units", "role": "内设机构", "slot": "responsible",
     "measures": ["1", "2", "3", "4", "5", "6", "7", "9"]},
]
extra = [
    {"child": "4", "parent": "三/（四）"},
    {"child": "7", "parent": "三/（五）"},
    {"child": "2", "parent": "三/（二）"},
]
notes = """SYNTHETIC PAIR: a district department's task list (任务清单) implementing 004, as a TXT table with tab-separated columns 序号/重点任务/具体措施/责任科室/完成时限, after a cover notice whose last lines name it as 附件.
(1) Ids: the contract gives table rows the numbering printed in the row, so the measures are the rows 1…9. PARSER BUG: the current tool finds 0 measures in this file (the tab-separated task list is not read as rows) and takes the cover's '附件：…任务清单' line as the title; the gold follows the contract. If the tool comes to prefix the rows (as it does '附件/1' for 000's 配档表), the ids should stay '1'…'9' here because the table is the plan itself, not an attachment to a plan.
(2) Units: the 责任科室 column names only internal units: pattern internal_units, slot responsible (the column is not a '牵头/责任单位' label; none of 004's roles is re-listed). Planted unit change: row 6 funding (task_actor).
(3) Planted: target_weaker (row 1), deadline_earlier (row 3), task_actor unit_changed (row 6), obligation_weaker (row 7); 16 missing (the steps 三/* and requirements 四/* of 004 are not taken up by a task list); 1 added (row 8).
(4) Doubtful: rows 4/7/2 could also be paired with 004's steps 三/（四）/三/（五）/三/（二） (acceptable_extra_pairs); then those steps would not be missing."""

GOLD = gold("p004_shizhong_scjgj_table.txt", SEED["004"], CHILD, M004, pairs, missing, added, divergences,
            acceptable_extra_pairs=extra, noise=noise, patterns=patterns, notes=notes)
