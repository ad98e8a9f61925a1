import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderContractPdf, renderRectificationNoticePdf } from '../../../src/modules/contracts/pdf';
import { scanContract } from '../../../src/modules/contracts/scanner';
import { fillTemplate } from '../../../src/modules/contracts/templates';
import { TEMPLATE_VALUES } from './template-values';

/**
 * PDFs are read back with pdfjs-dist in a child process (test/support/pdf-text.mjs): pdfjs-dist
 * 5 is ESM-only and jest's CommonJS runtime (swc) cannot import it in-process
 * ("Must use import to load ES Module").
 */
interface Extracted {
  info: Record<string, unknown>;
  pages: string[];
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'contracts-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function extract(pdf: Buffer, name: string): Extracted {
  const file = path.join(dir, name);
  writeFileSync(file, pdf);
  const script = path.join(__dirname, '..', '..', 'support', 'pdf-text.mjs');
  return JSON.parse(execFileSync(process.execPath, [script, file], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 })) as Extracted;
}

/** Text without the line breaks and spaces a PDF layout inserts. */
function flat(s: string): string {
  return s.replace(/\s+/g, '');
}

const CREATED = new Date('2025-03-01T02:00:00Z');

describe('contract PDF', () => {
  const contract = fillTemplate('training-contract', undefined, 'zh-CN', TEMPLATE_VALUES);

  it('embeds Chinese as extractable text, with document info from the input', async () => {
    const pdf = await renderContractPdf({ title: contract.title, text: contract.text, language: 'zh', meta: { createdAt: CREATED, author: TEMPLATE_VALUES.institution.name, contractNumber: 'HT-2025-000123' } });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const out = extract(pdf, 'contract-zh.pdf');
    const text = flat(out.pages.join(''));
    for (const s of ['中小学生校外培训服务合同', '第五条退费', '上海市浦东新区某某艺术培训学校', '统一社会信用代码：52310115MJ1234567X', '培训收费专用账户', '已缴纳培训费用×剩余课时÷总课时', '甲方不得诱导或者强制乙方使用培训贷款']) {
      expect({ s, found: text.includes(s) }).toEqual({ s, found: true });
    }
    expect(out.info.Title).toBe('中小学生校外培训服务合同');
    expect(out.info.Author).toBe('上海市浦东新区某某艺术培训学校');
    expect(out.info.CreationDate).toBe('D:20250301020000Z');
    expect(out.pages.length).toBeGreaterThan(1);
    expect(flat(out.pages[0] ?? '')).toContain('合同编号：HT-2025-000123');
  });

  it('the text read back from the PDF still scans clean', async () => {
    const pdf = await renderContractPdf({ title: contract.title, text: contract.text, language: 'zh', meta: { createdAt: CREATED } });
    const text = extract(pdf, 'contract-rescan.pdf').pages.join('\n');
    expect(scanContract(text, { checkMandatory: true }).findings.map((f) => `${f.ruleId}「${f.excerpt}」${f.clauseId ?? ''}`)).toEqual([]);
  });

  it('is deterministic for a given input date', async () => {
    const a = await renderContractPdf({ title: contract.title, text: contract.text, language: 'zh', meta: { createdAt: CREATED } });
    const b = await renderContractPdf({ title: contract.title, text: contract.text, language: 'zh', meta: { createdAt: CREATED } });
    expect(a.equals(b)).toBe(true);
  });

  it('keeps a one-page Chinese contract well under 200 KB (font subset, not the 10 MB font)', async () => {
    const onePage = contract.text.split('## 第二条')[0] ?? '';
    const pdf = await renderContractPdf({ title: contract.title, text: onePage, language: 'zh', meta: { createdAt: CREATED } });
    const out = extract(pdf, 'one-page.pdf');
    expect(out.pages).toHaveLength(1);
    expect(pdf.length).toBeLessThan(100 * 1024);
    const full = await renderContractPdf({ title: contract.title, text: contract.text, language: 'zh', meta: { createdAt: CREATED } });
    expect(full.length).toBeLessThan(200 * 1024);
  });

  it('renders the English text too', async () => {
    const en = fillTemplate('training-contract', undefined, 'en', TEMPLATE_VALUES);
    const out = extract(await renderContractPdf({ title: en.title, text: en.text, language: 'en', meta: { createdAt: CREATED } }), 'contract-en.pdf');
    const text = out.pages.join(' ').replace(/\s+/g, ' ');
    expect(text).toContain('Article 5 Refunds');
    expect(text).toContain('上海市浦东新区某某艺术培训学校');
    expect(flat(out.pages.at(-1) ?? '')).toContain('Page');
  });
});

describe('rectification notice PDF', () => {
  it('lists the findings with basis and suggestion, in Chinese, extractable', async () => {
    const findings = scanContract('一经缴费，概不退还。本机构保留最终解释权。').findings;
    const pdf = await renderRectificationNoticePdf({
      noticeNumber: 'ZG-2025-0001',
      institution: { name: '上海市某某培训学校', uscc: '52310115MJ1234567X' },
      findings,
      deadline: '2025-04-01',
      issuedAt: new Date('2025-03-02T01:00:00Z'),
      language: 'zh',
    });
    const out = extract(pdf, 'notice-zh.pdf');
    const text = flat(out.pages.join(''));
    for (const s of ['校外培训服务合同整改通知书', 'ZG-2025-0001', '上海市某某培训学校', '2025年4月1日前完成整改', '一经缴费，概不退还', '最终解释权', '修改建议', '排除或限制退费', '经营者单方权利', '2025年3月2日']) {
      expect({ s, found: text.includes(s) }).toEqual({ s, found: true });
    }
    expect(out.info.CreationDate).toBe('D:20250302010000Z');
    expect(out.info.Title).toBe('校外培训服务合同整改通知书 ZG-2025-0001');
    expect(pdf.length).toBeLessThan(200 * 1024);
  });

  it('renders in English', async () => {
    const findings = scanContract('All fees are non-refundable.', { messageLanguage: 'en' }).findings;
    const out = extract(
      await renderRectificationNoticePdf({ noticeNumber: 'ZG-2', institution: { name: 'Example Academy', uscc: '52310115MJ1234567X' }, findings, deadline: new Date('2025-04-01T00:00:00+08:00'), issuedAt: new Date('2025-03-02T01:00:00Z'), language: 'en' }),
      'notice-en.pdf',
    );
    const text = out.pages.join(' ').replace(/\s+/g, ' ');
    expect(text).toContain('Notice of Rectification');
    expect(text).toContain('by 2025-04-01');
    expect(text).toContain('non-refundable');
  });
});
