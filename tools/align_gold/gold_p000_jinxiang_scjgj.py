"""Gold: p000_jinxiang_scjgj.txt (金乡县市场监督管理局 工作方案) -> 000 (金乡县 若干措施)."""
from gold_common import M000, SEED, P, D, T, N, gold

CHILD = ["二/（%s）" % n for n in "一 二 三 四 五 六 七 八 九 十".split()] + ["三/（一）", "三/（二）"]

pairs = [
    P("二/（一）", "二/（一）", "政治能力：党建引领与执法业务融合、先锋岗模范岗、集中轮训/理论宣讲/在线学习、政治理论和党性教育、三种政治能力（改写、压缩）"),
    P("二/（二）", "二/（二）", "业务培训：岗前/在岗/离岗分环节培训、新录用人员参加县司法局公共法律知识培训（不少于30个学时）、年度培训（每人每年不少于80学时）、全员轮训（2024年5月底前）、离岗教育（40学时以上）、考核合格重新上岗"),
    P("二/（三）", "二/（三）", "资格和证件管理：持证上岗、未取得证件不得独立执法、执法责任制和年度考核、暂扣收回证件、退出机制（句序调整）"),
    P("二/（四）", "三/（四）", "突出问题专项整治：聚焦一刀切、机械执法、逐利执法、随意检查、重复检查；梳理问题清单、对照清单整改、整治情况报县司法局"),
    P("二/（五）", "三/（六）", "新型执法机制（调到三项制度之前）：双随机一公开与联合检查、《企业行政合规指导清单》、防止以罚代管、两书同达信用修复、保护民营企业和企业家权益"),
    P("二/（六）", "三/（五）", "拆分之一：三项制度（公示、全过程记录、法制审核）和行政执法事项目录（2024年12月31日前）"),
    P("二/（七）", "三/（五）", "拆分之二：行政裁量权基准——上级已制定的原则上直接适用、确需时细化量化、动态管理"),
    P("二/（八）", "五/（八）", "合并之一：每年案卷评查、评选优秀案卷、通报共性问题、督促整改、典型案例收集发布 = 完善监督制度"),
    P("二/（八）", "五/（十）", "合并之二：年度执法监督计划、执法统计与平台预警、经常性监督 = 创新监督方式前半"),
    P("二/（十）", "六/（十三）", "经费装备：执法经费和装备费用纳入本局预算（= 纳入本单位预算）、争取县财政局支持；装备按工作必需、厉行节约原则配备"),
    P("三/（一）", "七/（十五）", "组织领导：领导小组、提高政治站位、台账、分解任务、向局党组报告（= 向党委（党组）报告）"),
    P("三/（二）", "七/（十七）", "督促落实：纳入考核、专项督导、2024年10月31日前中期评估、2025年10月底前终期评估"),
]
missing = {
    "四/（七）": "行政执法协作机制（审批监管执法衔接、行刑衔接、纪检监察移送、争议协调）：本方案未承接",
    "五/（九）": "健全监督机制（协调监督体系、双下沉、司法所、部门行业监督职责）：本方案未承接",
    "六/（十一）": "行政执法队伍保障（队伍设置、公职律师和法律顾问）：本方案未承接",
    "六/（十二）": "行政执法权益保障（追责免责、工资待遇、保险、心理咨询）：本方案未承接",
    "六/（十四）": "行政执法信息化保障（济宁三平台、掌上执法）：本方案未承接（二/（九）用办案系统做预警，另列）",
    "七/（十六）": "宣传交流：本方案未承接",
}
added = {
    "二/（九）": "执法办案质量“红黄蓝”三色预警、法规科每月通报、所队限期整改：部门新增，000无此义务",
}
divergences = [
    D("target_stronger", "二/（二）", "二/（二）",
      "在岗培训由每人每年不少于60学时提高到不少于80学时",
      child_value=T(">=", 80, "学时", "yearly"), parent_value=T(">=", 60, "学时", "yearly")),
    D("deadline_earlier", "二/（二）", "二/（二）",
      "全员轮训由2024年6月前（6月30日）提前到2024年5月底前",
      child_value="2024-05-31", parent_value="2024-06-30"),
    D("obligation_weaker", "二/（四）", "三/（四）",
      "000“行政执法机关要梳理形成本领域本部门突出问题清单，对照清单组织开展专项整治”变为“可以结合工作实际，探索梳理…清单”",
      child_value="各科室、所队可以结合工作实际，探索梳理本领域突出问题清单",
      parent_value="行政执法机关要梳理形成本领域本部门行政执法突出问题清单，对照清单组织开展专项整治行动"),
]
noise = [
    N("二/（二）", "二/（二）", "新录用人员公共法律知识培训“时长不少于30个学时” = “不少于30学时”（同一目标，同为县司法局/司法行政部门提供）"),
    N("二/（二）", "二/（二）", "离岗教育“40学时以上” = “不少于40学时”（同为>=40）"),
    N("二/（二）", "二/（二）", "“岗前、在岗、离岗” = “岗前、岗中、离岗”（同义）"),
    N("二/（三）", "二/（三）", "句序调整（持证上岗在前、退出机制在后），“按程序报请暂扣、收回”= “依法暂扣、收回”"),
    N("二/（六）", "三/（五）", "事项目录“2024年12月31日前” = “2024年底前”（同为2024-12-31）"),
    N("二/（五）", "三/（六）", "措施顺序调整：000 三/（六） 在本方案排在三项制度（二/（六））之前"),
    N("二/（十）", "六/（十三）", "“积极争取县财政局支持”是部门一侧对财政部门义务的表述，不是 obligation_weaker，也不是 unit_changed；本局经费纳入本局预算 = 纳入本单位预算"),
    N("三/（二）", "七/（十七）", "中期评估“2024年10月31日前” = “2024年10月底前”；终期评估2025年10月底前相同"),
    N("三/（一）", "七/（十五）", "向局党组报告 = 及时向党委（党组）报告"),
    N(None, None, "本局内设机构（法规科、人事科、信用监管科、财务科、机关党支部、执法稽查大队、各市场监管所）代替000的牵头/责任单位：部门方案的整体写法（patterns: internal_units），不是 unit_changed"),
]
patterns = [
    {"pattern": "internal_units", "role": "内设机构", "slot": "lead",
     "measures": ["二/（一）", "二/（二）", "二/（三）", "二/（四）", "二/（五）", "二/（六）", "二/（七）", "二/（八）", "二/（十）"]},
    {"pattern": "internal_units", "role": "内设机构", "slot": "responsible",
     "measures": ["二/（一）", "二/（二）", "二/（三）", "二/（四）", "二/（五）", "二/（六）", "二/（七）", "二/（八）", "二/（十）"]},
]
extra = [
    {"child": "二/（九）", "parent": "五/（十）"},
    {"child": "二/（九）", "parent": "六/（十四）"},
    {"child": "二/（十）", "parent": "三/（五）"},
]
notes = """SYNTHETIC PAIR (written for this set): a county department's plan implementing its county plan 000 (金政办字〔2024〕6号). Child level county.
(1) Ids: 二/（一）…二/（十）, 三/（一）, 三/（二）; 一、工作目标 is not a measure. The tool numbers them the same way.
(2) Units: the child is ONE 行政执法机关 (县市场监管局) and assigns the duties to its own 科室/所队 with '牵头科室/责任单位' labels. Convention for department and 管委会 plans: the parent's 牵头单位 (县司法局 etc.) keep their role outside the child and are not re-listed; the parent's responsible 各行政执法机关 is the child itself. Replacing them by internal units is the notice-level pattern internal_units (role 内设机构), never a unit_changed. A unit_changed in such a plan is a named duty handed to another outside role (none here).
(3) Planted: target_stronger and deadline_earlier on 二/（二）; obligation_weaker on 二/（四）; split 三/（五）→二/（六）+二/（七）; merge 五/（八）+五/（十）→二/（八）; reorder (三/（六） before 三/（五）); 6 missing; 1 added.
(4) 二/（二） restates 'by 2024年5月底前' on the 全员轮训 only; the 80学时 is yearly (recurrence), not dated.
(5) Child-only dates are not divergences (none planted here besides the shifted ones)."""

GOLD = gold("p000_jinxiang_scjgj.txt", SEED["000"], CHILD, M000, pairs, missing, added, divergences,
            acceptable_extra_pairs=extra, noise=noise, patterns=patterns, notes=notes)
