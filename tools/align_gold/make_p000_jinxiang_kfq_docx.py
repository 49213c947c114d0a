"""Build tests/fixtures/align/p000_jinxiang_kfq.docx (a 开发区管委会 plan implementing 金政办字〔2024〕6号).

Run from the repository root with the project's venv:  .venv/bin/python tools/align_gold/make_p000_jinxiang_kfq_docx.py
Deterministic except for the zip timestamps python-docx writes; the text is what the gold refers to.
"""
import datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "align" / "p000_jinxiang_kfq.docx"

HEAD = [
    ("number", "金开管发〔2024〕9号"),
    ("title", "金乡经济开发区管理委员会"),
    ("title", "关于印发《金乡经济开发区提升行政执法质量工作方案》的通知"),
    ("blank", ""),
    ("body", "管委会各部门、各园区服务中心、各派驻机构："),
    ("body", "《金乡经济开发区提升行政执法质量工作方案》已经管委会主任办公会议研究同意，现印发给你们，请结合职责认真组织实施。"),
    ("blank", ""),
    ("sign", "金乡经济开发区管理委员会"),
    ("sign", "2024年5月20日"),
    ("body", "（此件公开发布）"),
    ("pagebreak", ""),
    ("title", "金乡经济开发区提升行政执法质量工作方案"),
    ("body", "为认真落实国务院办公厅《关于印发〈提升行政执法质量三年行动计划（2023—2025年）〉的通知》（国办发〔2023〕27号）和金乡县人民政府办公室《关于印发金乡县提升行政执法质量若干措施的通知》（金政办字〔2024〕6号），持续优化园区法治化营商环境，推动开发区行政执法工作规范化、标准化，结合开发区实际，制定本方案。"),
    ("h1", "一、总体目标"),
    ("body", "到2025年底，开发区行政执法队伍素质明显提升，涉企执法更加规范精准，执法扰企问题得到有效遏制，企业对园区执法工作的满意度显著提高。"),
    ("h1", "二、主要任务"),
]

MEASURES = [
    ("（一）提升执法队伍能力素质。", "坚持党建引领，将执法人员政治理论学习纳入党工委理论学习中心组和各支部学习计划，通过集中轮训、专题辅导、线上学习等方式，加强政治理论教育和党性教育。建立岗前、在岗、离岗全链条培训机制，执法人员每人每年参加公共法律知识、业务知识和执法技能培训至少60个学时，2024年上半年完成全体执法人员轮训。对暂扣执法证件、考核不合格等人员开展不少于20学时的离岗教育，经考核合格后重新上岗。（牵头部门：党政办公室；责任部门：综合执法局、各园区服务中心）"),
    ("（二）规范执法主体和人员资格。", "结合开发区机构改革，对园区承担行政执法职能的机构进行全面梳理，行政执法主体由管委会党政办公室审核确认后统一向社会公告。执法人员一律持证上岗，未取得行政执法证件的人员不得独立执法；健全执法人员年度考核和退出机制。（牵头部门：党政办公室；责任部门：综合执法局）"),
    ("（三）开展执法突出问题专项整治。", "聚焦园区企业反映强烈的多头检查、重复检查、随意检查和“一刀切”执法等问题，综合执法局会同各派驻机构梳理形成问题清单，对照清单开展专项整治，整治情况报送县司法局。（牵头部门：综合执法局；责任部门：各派驻机构）"),
    ("（四）健全执法标准规范。", "严格落实行政执法公示、执法全过程记录、重大执法决定法制审核制度，制定法制审核目录清单。承接县级部门下放的行政执法事项，2025年3月底前编制完成开发区行政执法事项目录并向社会公布。上级已制定行政裁量权基准的，直接适用。（牵头部门：综合执法局；责任部门：党政办公室）"),
    ("（五）优化涉企执法方式。", "深化涉企执法阳光监督，对园区企业的行政检查实行计划管理、统一备案。全面推行“掌上执法”和非现场监管，2024年底前实现园区规模以上企业全覆盖。推行包容审慎监管，落实企业行政合规指导清单，引导企业自查自纠，防止以罚代管。（牵头部门：综合执法局；责任部门：经济发展局、各园区服务中心）"),
    ("（六）推进信用修复“两书同达”。", "依法健全以信用为基础的新型执法机制，在送达《行政处罚决定书》的同时发放《信用修复告知书》，指导受处罚企业及时开展信用修复，协助企业以公共信用报告代替无违法违规记录证明。（牵头部门：经济发展局；责任部门：综合执法局）"),
    ("（七）建立园区企业“安静期”制度。", "每月1日至20日为园区企业“安静期”，除投诉举报、上级交办、转办和安全生产、生态环境等重点领域外，原则上不得入企开展行政检查；确需入企检查的，须报管委会分管负责同志同意。（牵头部门：党政办公室；责任部门：各派驻机构）"),
    ("（八）加强执法协作衔接。", "加强综合执法局与县行政审批服务局、各派驻机构的协作配合，实现审批、监管、执法信息共享。执法中发现涉嫌犯罪的，依法移送公安机关；发现公职人员违纪违法问题线索的，及时移送纪检监察机关。（牵头部门：综合执法局；责任部门：各派驻机构）"),
    ("（九）保障执法经费装备。", "将执法工作经费、执法装备配备费用纳入管委会年度部门预算，财政金融局结合开发区财力予以合理保障，满足执法工作需要。（牵头部门：财政金融局；责任部门：综合执法局）"),
]

TAIL = [
    ("h1", "三、工作要求"),
    ("m", "（一）加强组织领导。", "各部门要提高政治站位，建立工作台账，分解细化任务，明确责任人和完成时限，重要情况及时向党工委、管委会报告。综合执法局负责统筹协调和督促指导，及时研究解决工作中的困难问题。"),
    ("m", "（二）强化督促检查。", "将本方案落实情况纳入各部门年度考核，适时开展专项督查。2024年10月底前完成实施情况中期评估，2025年10月底前完成终期评估，评估结果报县司法局。"),
]


def run(p, text, east, size=16, bold=False):
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.font.bold = bold
    r.font.name = "Times New Roman"
    r._element.rPr.rFonts.set(qn("w:eastAsia"), east)
    return r


def main():
    doc = Document()
    core = doc.core_properties
    core.title = "金乡经济开发区提升行政执法质量工作方案"
    core.author = "Administrator"
    core.created = datetime.datetime(2024, 5, 20, 9, 0, 0)
    for kind, text in HEAD:
        if kind == "pagebreak":
            doc.add_page_break()
            continue
        p = doc.add_paragraph()
        if kind == "title":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run(p, text, "方正小标宋简体", 22)
        elif kind == "number":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run(p, text, "仿宋_GB2312")
        elif kind == "sign":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            run(p, text, "仿宋_GB2312")
        elif kind == "h1":
            run(p, text, "黑体")
        elif kind == "body":
            run(p, text, "仿宋_GB2312")
    for title, text in MEASURES:
        p = doc.add_paragraph()
        run(p, title, "楷体_GB2312")
        run(p, text, "仿宋_GB2312")
    for item in TAIL:
        p = doc.add_paragraph()
        if item[0] == "h1":
            run(p, item[1], "黑体")
        else:
            run(p, item[1], "楷体_GB2312")
            run(p, item[2], "仿宋_GB2312")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    doc.save(OUT)
    print(OUT)


if __name__ == "__main__":
    main()
