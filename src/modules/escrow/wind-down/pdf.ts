import PDFDocument from 'pdfkit';
import { cjkBoldFont, cjkRegularFont } from '../../contracts/fonts';
import type { InsuranceDraw } from './plan-builder';
import { planStatusLabel } from './export';
import type { ItemRow, PlanRow } from './service';

/*
 * The wind-down plan as a Chinese PDF (SPEC §3.7), for the public notice file and the regulator's
 * records. pdfkit embeds Noto Sans SC as a subset (contracts/fonts.ts), so the Chinese text is
 * extractable. Deterministic for a given plan: the document date is the plan's build time.
 */

const MARGIN = 48;
const SIZE = 9.5;
const COLUMNS: Array<{ title: string; width: number; align?: 'right' }> = [
  { title: '序号', width: 28 },
  { title: '学员编号', width: 96 },
  { title: '类型', width: 44 },
  { title: '应退金额', width: 62, align: 'right' },
  { title: '托管账户', width: 62, align: 'right' },
  { title: '风险保证金', width: 62, align: 'right' },
  { title: '保险理赔', width: 62, align: 'right' },
  { title: '未覆盖缺口', width: 62, align: 'right' },
  { title: '过账', width: 20 },
];

const yuan = (v: string) => `${Number(v).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

export function renderWindDownPdf(plan: PlanRow, items: ItemRow[], institution: { name: string; uscc: string }): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: `停业清退退费方案 ${institution.name}`,
      Author: '教育行政部门',
      Subject: '校外培训机构停业清退退费方案',
      Creator: 'training-supervision',
      Producer: 'training-supervision (pdfkit)',
      CreationDate: plan.built_at,
    },
  });
  doc.registerFont('body', cjkRegularFont());
  doc.registerFont('bold', cjkBoldFont() ?? cjkRegularFont());
  const width = doc.page.width - 2 * MARGIN;
  doc.font('bold').fontSize(16).text('校外培训机构停业清退退费方案', { align: 'center', width });
  doc.moveDown(0.6);
  doc.font('body').fontSize(SIZE + 0.5);
  const facts = [
    `机构名称：${institution.name}`,
    `统一社会信用代码：${institution.uscc}`,
    `方案编号：${plan.id}`,
    `方案状态：${planStatusLabel(plan.status, 'zh')}（编制：${plan.built_by}，${plan.as_of}${plan.approved_by ? `；审批：${plan.approved_by}` : ''}${plan.executed_at ? '；已执行' : ''}）`,
    `政策版本：${plan.policy_version}`,
  ];
  for (const f of facts) doc.text(f, { width });
  doc.moveDown(0.5);
  doc.font('bold').fontSize(SIZE + 1.5).text('一、资金来源', { width });
  doc.font('body').fontSize(SIZE + 0.5);
  doc.text(`托管账户余额 ${yuan(plan.custody_available)} 元，本方案支付 ${yuan(plan.from_custody)} 元；`, { width });
  doc.text(`风险保证金余额 ${yuan(plan.deposit_available)} 元，本方案支付 ${yuan(plan.from_deposit)} 元；`, { width });
  doc.text(`有效履约保证保险保险金额 ${yuan(plan.insurance_available)} 元，本方案申请理赔 ${yuan(plan.from_insurance)} 元。`, { width });
  for (const p of plan.insurance_policies as InsuranceDraw[]) {
    const before = Number(p.claimedBefore) > 0 ? `（此前已理赔 ${yuan(p.claimedBefore)} 元）` : '';
    doc.text(`　保单 ${p.policyNumber}（${p.insurer}，至 ${p.periodEnd}）：保险金额 ${yuan(p.insuredAmount)} 元${before}，本方案理赔 ${yuan(p.drawn)} 元`, { width });
  }
  doc.moveDown(0.5);
  doc.font('bold').fontSize(SIZE + 1.5).text('二、合计', { width });
  doc.font('body').fontSize(SIZE + 0.5);
  doc.text(
    `应退学员 ${plan.item_count} 笔，应退金额合计 ${yuan(plan.refundable)} 元：托管账户支付 ${yuan(plan.from_custody)} 元，风险保证金支付 ${yuan(plan.from_deposit)} 元，保险理赔 ${yuan(plan.from_insurance)} 元，未覆盖缺口 ${yuan(plan.shortfall)} 元。`,
    { width },
  );
  doc.moveDown(0.5);
  doc.font('bold').fontSize(SIZE + 1.5).text('三、分配规则', { width });
  doc.font('body').fontSize(SIZE).text(
    '托管账户支付托管模式学员的全部应退款；其余应退款依次由风险保证金、有效履约保证保险（以保险金额为限）支付，某一来源不足以支付全部尚欠款项时，按各学员尚欠金额的比例分配（参照《中华人民共和国企业破产法》第一百一十三条），分位尾差按余数大小及缴费先后补足；仍不足的部分列为未覆盖缺口，由机构继续承担退费责任。依据：《校外培训机构财务管理暂行办法》（教监管厅函〔2023〕2号）终止办学时优先退还学员费用；《上海市单用途预付消费卡管理规定》停业前公告不少于 30 日。',
    { width, align: 'justify', lineGap: 1.5 },
  );
  doc.moveDown(0.6);
  doc.font('bold').fontSize(SIZE + 1.5).text('四、逐笔退费明细', { width });
  doc.moveDown(0.3);
  const row = (cells: string[], bold = false) => {
    if (doc.y > doc.page.height - MARGIN - 30) doc.addPage();
    const y = doc.y;
    let x = MARGIN;
    doc.font(bold ? 'bold' : 'body').fontSize(SIZE - 1);
    let height = 0;
    cells.forEach((c, i) => {
      const col = COLUMNS[i]!;
      doc.text(c, x, y, { width: col.width - 4, align: col.align ?? 'left' });
      height = Math.max(height, doc.y - y);
      x += col.width;
    });
    doc.x = MARGIN;
    doc.y = y + height + 2;
  };
  row(COLUMNS.map((c) => c.title), true);
  for (const i of items) {
    row([
      String(i.seq),
      i.holder_ref ?? '（不记名卡）',
      i.enrollment_id ? '报名' : '预付卡',
      yuan(i.refundable),
      yuan(i.from_custody),
      yuan(i.from_deposit),
      yuan(i.from_insurance),
      yuan(i.shortfall),
      i.posted_at ? '是' : '否',
    ]);
  }
  row(['', '合计', '', yuan(plan.refundable), yuan(plan.from_custody), yuan(plan.from_deposit), yuan(plan.from_insurance), yuan(plan.shortfall), ''], true);
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    const range = doc.bufferedPageRange();
    for (let p = range.start; p < range.start + range.count; p++) {
      doc.switchToPage(p);
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc.font('body').fontSize(8).fillColor('#666666');
      doc.text(`第 ${p - range.start + 1} 页 / 共 ${range.count} 页`, MARGIN, doc.page.height - MARGIN / 2 - 4, { width, align: 'center', lineBreak: false });
      doc.page.margins.bottom = bottom;
    }
    doc.end();
  });
}
