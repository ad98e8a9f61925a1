import PDFDocument from 'pdfkit';
import { cjkBoldFont, cjkRegularFont } from './fonts';
import type { FindingCategory, Severity } from './types';

/**
 * PDFs of the contracts capability: a generated contract (SPEC §4) and a rectification notice
 * (整改通知书). pdfkit embeds Noto Sans SC as a subset, so Chinese stays extractable text.
 * Rendering is deterministic for a given input when `createdAt`/`issuedAt` is given: the
 * document's CreationDate (and with it pdfkit's file ID) comes from the input, never the clock.
 */

export type PdfLanguage = 'zh' | 'en' | 'zh-CN';

export interface ContractPdfMeta {
  author?: string;
  subject?: string;
  keywords?: string;
  /** document CreationDate; defaults to the time of rendering */
  createdAt?: Date;
  /** printed in the header of every page */
  contractNumber?: string;
}

export interface ContractPdfInput {
  title: string;
  /** plain text, or the Markdown-lite text of a filled template (# / ## / ### headings) */
  text: string;
  language: PdfLanguage;
  meta?: ContractPdfMeta;
}

export interface NoticeFinding {
  ruleId: string;
  category?: FindingCategory | string;
  severity: Severity;
  excerpt: string;
  basis: string;
  suggestion: string;
  explanation?: string;
  clauseId?: string;
}

export interface RectificationNoticeInput {
  noticeNumber: string;
  institution: { name: string; uscc: string };
  findings: readonly NoticeFinding[];
  /** rectification deadline (a Date, or an ISO date string) */
  deadline: Date | string;
  issuedAt: Date;
  language: PdfLanguage;
  /** issuing authority; defaults to "市教育行政部门" / "Municipal education authority" */
  issuer?: string;
  /** the filed contract the notice is about, e.g. its filing number and version */
  contractReference?: string;
}

const PAGE_MARGIN = 56; // 2 cm
const BODY_SIZE = 10.5;

function isZh(language: PdfLanguage): boolean {
  return language === 'zh' || language === 'zh-CN';
}

function newDocument(info: { title: string; author: string; subject?: string; keywords?: string; createdAt: Date; zh: boolean }): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: PAGE_MARGIN, bottom: PAGE_MARGIN, left: PAGE_MARGIN, right: PAGE_MARGIN },
    bufferPages: true,
    autoFirstPage: true,
    lang: info.zh ? 'zh-CN' : 'en',
    displayTitle: true,
    // pdfkit derives the file ID from every info entry, so undefined entries must not be present
    info: {
      Title: info.title,
      Author: info.author,
      ...(info.subject !== undefined ? { Subject: info.subject } : {}),
      ...(info.keywords !== undefined ? { Keywords: info.keywords } : {}),
      Creator: 'training-supervision',
      Producer: 'training-supervision (pdfkit)',
      CreationDate: info.createdAt,
    },
  });
  doc.registerFont('body', cjkRegularFont());
  doc.registerFont('bold', cjkBoldFont() ?? cjkRegularFont());
  doc.font('body').fontSize(BODY_SIZE);
  return doc;
}

function finish(doc: PDFKit.PDFDocument, footer: (page: number, pages: number) => string, header?: string): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    try {
      const range = doc.bufferedPageRange();
      for (let i = range.start; i < range.start + range.count; i++) {
        doc.switchToPage(i);
        // footer and header sit inside the margins: lift the bottom margin so pdfkit adds no page
        const bottom = doc.page.margins.bottom;
        doc.page.margins.bottom = 0;
        doc.font('body').fontSize(8).fillColor('#666666');
        if (header) doc.text(header, PAGE_MARGIN, PAGE_MARGIN / 2 - 4, { width: doc.page.width - 2 * PAGE_MARGIN, align: 'right', lineBreak: false });
        doc.text(footer(i - range.start + 1, range.count), PAGE_MARGIN, doc.page.height - PAGE_MARGIN / 2 - 4, {
          width: doc.page.width - 2 * PAGE_MARGIN,
          align: 'center',
          lineBreak: false,
        });
        doc.page.margins.bottom = bottom;
      }
      doc.end();
    } catch (e) {
      reject(e);
    }
  });
}

/** Markdown-lite blocks of a filled template: headings by level, paragraphs, bold markers removed. */
interface Block {
  kind: 'h1' | 'h2' | 'h3' | 'p';
  text: string;
}

export function parseBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let para: string[] = [];
  const flush = (): void => {
    if (para.length > 0) blocks.push({ kind: 'p', text: para.join(' ').replace(/\*\*/g, '') });
    para = [];
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    const h = /^(#{1,3})\s+(.*)$/.exec(line);
    if (h?.[1] && h[2] !== undefined) {
      flush();
      blocks.push({ kind: h[1].length === 1 ? 'h1' : h[1].length === 2 ? 'h2' : 'h3', text: h[2].replace(/\*\*/g, '') });
    } else if (line.length === 0) flush();
    else para.push(line);
  }
  flush();
  // Chinese paragraphs joined across line breaks must not gain spaces between ideographs
  for (const b of blocks) b.text = b.text.replace(/([\u3000-\u9fff\uff00-\uffef]) (?=[\u3000-\u9fff\uff00-\uffef])/g, '$1');
  return blocks;
}

export function renderContractPdf(input: ContractPdfInput): Promise<Buffer> {
  const zh = isZh(input.language);
  const meta = input.meta ?? {};
  const doc = newDocument({
    title: input.title,
    author: meta.author ?? (zh ? '校外培训机构' : 'Training institution'),
    subject: meta.subject ?? (zh ? '校外培训服务合同' : 'Off-campus training service contract'),
    keywords: meta.keywords,
    createdAt: meta.createdAt ?? new Date(),
    zh,
  });
  const width = doc.page.width - 2 * PAGE_MARGIN;
  doc.font('bold').fontSize(16).text(input.title, { align: 'center', width });
  doc.moveDown(0.8);
  let first = true;
  for (const b of parseBlocks(input.text)) {
    if (b.kind === 'h1') {
      if (first && b.text.trim() === input.title.trim()) continue; // the template's own title line
      doc.font('bold').fontSize(14).text(b.text, { align: 'center', width });
      doc.moveDown(0.5);
    } else if (b.kind === 'h2') {
      doc.moveDown(0.3);
      doc.font('bold').fontSize(12).text(b.text, { width });
      doc.moveDown(0.2);
    } else if (b.kind === 'h3') {
      doc.font('bold').fontSize(BODY_SIZE + 0.5).text(b.text, { width });
      doc.moveDown(0.15);
    } else {
      doc.font('body').fontSize(BODY_SIZE).text(b.text, { width, align: 'justify', lineGap: 2 });
      doc.moveDown(0.35);
    }
    first = false;
  }
  return finish(
    doc,
    (page, pages) => (zh ? `第 ${page} 页 / 共 ${pages} 页` : `Page ${page} of ${pages}`),
    meta.contractNumber ? (zh ? `合同编号：${meta.contractNumber}` : `Contract No. ${meta.contractNumber}`) : undefined,
  );
}

const SEVERITY_LABEL: Record<Severity, { zh: string; en: string }> = {
  high: { zh: '高', en: 'high' },
  medium: { zh: '中', en: 'medium' },
  low: { zh: '低', en: 'low' },
};

const CATEGORY_LABEL: Record<FindingCategory, { zh: string; en: string }> = {
  refund_exclusion: { zh: '排除或限制退费', en: 'Refund exclusion' },
  consumer_burden: { zh: '加重消费者责任', en: 'Added consumer burden' },
  unilateral_right: { zh: '经营者单方权利', en: 'Operator’s unilateral right' },
  liability_exemption: { zh: '免除经营者责任', en: 'Operator’s liability exemption' },
  remedy_exclusion: { zh: '排除消费者救济', en: 'Remedies excluded' },
  payment_channel: { zh: '违规支付渠道', en: 'Unlawful payment channel' },
  missing_mandatory_clause: { zh: '缺少必备条款', en: 'Missing mandatory clause' },
  over_limit: { zh: '超出一次收费上限', en: 'Over the single-charge limit' },
};

const DAY_FORMAT = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

function formatDate(d: Date | string, zh: boolean): string {
  const iso = typeof d === 'string' ? (/^\d{4}-\d{2}-\d{2}$/.test(d) ? d : DAY_FORMAT.format(new Date(d))) : DAY_FORMAT.format(d);
  const [y, m, day] = iso.split('-');
  return zh ? `${y}年${Number(m)}月${Number(day)}日` : iso;
}

export function renderRectificationNoticePdf(input: RectificationNoticeInput): Promise<Buffer> {
  const zh = isZh(input.language);
  const title = zh ? '校外培训服务合同整改通知书' : 'Notice of Rectification: Off-Campus Training Contract';
  const issuer = input.issuer ?? (zh ? '市教育行政部门' : 'Municipal education authority');
  const doc = newDocument({
    title: `${title} ${input.noticeNumber}`,
    author: issuer,
    subject: zh ? `${input.institution.name}合同整改` : `Contract rectification: ${input.institution.name}`,
    createdAt: input.issuedAt,
    zh,
  });
  const width = doc.page.width - 2 * PAGE_MARGIN;
  const deadline = formatDate(input.deadline, zh);
  doc.font('bold').fontSize(16).text(title, { align: 'center', width });
  doc.moveDown(0.3);
  doc.font('body').fontSize(BODY_SIZE).text(zh ? `编号：${input.noticeNumber}` : `No. ${input.noticeNumber}`, { align: 'center', width });
  doc.moveDown(1);
  doc.text(zh ? `${input.institution.name}（统一社会信用代码：${input.institution.uscc}）：` : `To: ${input.institution.name} (unified social credit code ${input.institution.uscc})`, { width });
  doc.moveDown(0.5);
  const ref = input.contractReference ? (zh ? `（${input.contractReference}）` : ` (${input.contractReference})`) : '';
  const intro = zh
    ? `经审查，你单位备案的校外培训服务合同${ref}存在下列不公平格式条款或者不符合校外培训监管规定的内容。依据《中华人民共和国民法典》第四百九十七条、《中华人民共和国消费者权益保护法》第二十六条、《合同行政监督管理办法》及《关于加强校外培训机构预收费监管工作的通知》（教监管函〔2021〕2号），现责令你单位于${deadline}前完成整改，修改合同文本并重新备案。逾期未整改的，将依照有关规定记入你单位信用记录。`
    : `On review, the off-campus training contract filed by your institution${ref} contains the unfair standard terms or breaches of the training-supervision rules listed below. Under Civil Code art. 497, Consumer Protection Law art. 26, the SAMR Measures on Administrative Supervision of Contracts and notice 教监管函〔2021〕2号, you are ordered to rectify them by ${deadline}, amend the contract and file it again. Failure to do so will be entered in your institution’s credit record.`;
  doc.text(intro, { width, align: 'justify', lineGap: 2 });
  doc.moveDown(0.8);
  input.findings.forEach((f, i) => {
    const cat = f.category && f.category in CATEGORY_LABEL ? CATEGORY_LABEL[f.category as FindingCategory][zh ? 'zh' : 'en'] : (f.category ?? '');
    const sev = SEVERITY_LABEL[f.severity][zh ? 'zh' : 'en'];
    doc.font('bold').fontSize(BODY_SIZE + 0.5).text(zh ? `${i + 1}. ${cat}（${sev}）` : `${i + 1}. ${cat} (${sev})`, { width });
    doc.font('body').fontSize(BODY_SIZE);
    const quoted = f.excerpt.length > 0 ? f.excerpt : (f.clauseId ?? '');
    const lines = zh
      ? [`条款原文：“${quoted}”`, f.explanation ? `问题说明：${f.explanation}` : null, `依据：${f.basis}`, `修改建议：${f.suggestion}`, `规则编号：${f.ruleId}`]
      : [`Clause: “${quoted}”`, f.explanation ? `Problem: ${f.explanation}` : null, `Basis: ${f.basis}`, `Suggested wording: ${f.suggestion}`, `Rule: ${f.ruleId}`];
    for (const l of lines) if (l !== null) doc.text(l, { width, align: 'justify', lineGap: 1.5, indent: 0 });
    doc.moveDown(0.5);
  });
  doc.moveDown(1);
  doc.text(issuer, { width, align: 'right' });
  doc.text(formatDate(input.issuedAt, zh), { width, align: 'right' });
  return finish(doc, (page, pages) => (zh ? `第 ${page} 页 / 共 ${pages} 页` : `Page ${page} of ${pages}`), zh ? `整改通知书 ${input.noticeNumber}` : `Notice ${input.noticeNumber}`);
}
