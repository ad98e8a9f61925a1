import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Response } from 'superagent';
import type { z } from 'zod';
import type { InstitutionInput } from '../../src/modules/institutions/schema';
import { newCourse, newInstitution } from '../support/factories';
import type { TestApp } from '../support/app';

/** The values a client gives for the model contract: everything the registry does not hold. */
export const CLIENT_VALUES = {
  'contract.number': 'HT-2026-000001',
  'contract.signedOn': '2026-09-01',
  'institution.contactPerson': '王老师',
  'institution.supervisedAccount.bank': '某某银行上海浦东支行',
  'institution.supervisedAccount.name': '培训收费专用账户',
  'institution.supervisedAccount.number': '31050100000000000123',
  'student.name': '（签约时填写）',
  'guardian.name': '（签约时填写）',
  'guardian.relationship': '（签约时填写）',
  'guardian.phone': '（签约时填写）',
  'guardian.address': '（签约时填写）',
  'enrollment.lessonsPaid': 44,
  'enrollment.giftLessons': 4,
  'enrollment.amountPaid': '4400.00',
  'enrollment.schedule': '每周六 9:00—10:30',
  'enrollment.serviceStartsOn': '2026-09-12',
  'enrollment.serviceEndsOn': '2026-11-28',
} as const;

/** An institution whose registry record is complete enough for the model contract, with a course. */
export async function contractingInstitution(t: TestApp, overrides: Partial<z.input<typeof InstitutionInput>> = {}) {
  const institution = await newInstitution(t, {
    contactPhone: '021-12345678',
    approvalAuthority: '上海市浦东新区教育局',
    registrationAuthority: '上海市浦东新区市场监督管理局',
    ...overrides,
  });
  const course = await newCourse(t, institution.id, { name: '少儿钢琴基础', classSize: 6, totalLessons: 48, lessonMinutes: 45, pricePerLesson: '100.00' });
  return { institution, course };
}

/** The model contract filed from the template: scans clean. */
export function templateFiling(courseId: string, extra: Record<string, unknown> = {}) {
  return { title: '少儿钢琴培训服务合同', courseId, template: { id: 'training-contract', language: 'zh-CN', values: { ...CLIENT_VALUES } }, ...extra };
}

export const UNFAIR_CLAUSES = '学员一经缴费，概不退还。本机构保留对本合同的最终解释权。';

/** The filled model contract with two unfair standard terms written into its last article. */
export function withUnfairClauses(text: string): string {
  const marker = '## 第十条 其他约定';
  if (!text.includes(marker)) throw new Error('the model text changed: no 第十条');
  return text.replace(marker, `${marker}\n\n${UNFAIR_CLAUSES}`);
}

const pdfDir = mkdtempSync(path.join(os.tmpdir(), 'contracts-api-pdf-'));
afterAll(() => rmSync(pdfDir, { recursive: true, force: true }));

/**
 * Reads a PDF back with pdfjs-dist in a child process (pdfjs-dist 5 is ESM-only; see
 * test/unit/contracts/pdf.test.ts). Returns the pages' text without layout whitespace.
 */
export function pdfText(pdf: Buffer, name: string): { flat: string; info: Record<string, unknown>; pages: string[] } {
  const file = path.join(pdfDir, name);
  writeFileSync(file, pdf);
  const script = path.join(__dirname, '..', 'support', 'pdf-text.mjs');
  const out = JSON.parse(execFileSync(process.execPath, [script, file], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 })) as { info: Record<string, unknown>; pages: string[] };
  return { ...out, flat: out.pages.join('').replace(/\s+/g, '') };
}

/** supertest: collect a binary body as a Buffer. */
export function binary(res: Response, callback: (err: Error | null, body: Buffer) => void): void {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => callback(null, Buffer.concat(chunks)));
}

/** Row counts of every contracts table plus the audit trail: bad input must change none of them. */
export async function contractTablesSnapshot(t: TestApp): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of ['contract', 'contract_version', 'contract_rescan', 'rectification_case', 'rectification_reply', 'rectification_notice_counter', 'audit_log', 'credit_event'] as const) {
    const row = await t.ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    out[table] = Number(row.n);
  }
  return out;
}
