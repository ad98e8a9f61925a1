import { randomInt } from 'node:crypto';
import type { z } from 'zod';
import { fileCourse } from '../../src/modules/institutions/course-service';
import type { CourseInput, InstitutionInput } from '../../src/modules/institutions/schema';
import { registerInstitution, transitionInstitution } from '../../src/modules/institutions/service';
import { usccCheckCharacter } from '../../src/modules/institutions/uscc';
import type { InstitutionStatus } from '../../src/modules/institutions/lifecycle';
import type { TestApp } from './app';

const ORG = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A unique, valid unified social credit code. */
export function newUscc(kind: 'for_profit' | 'non_profit' = 'for_profit', district = '310115'): string {
  let org = '';
  for (let i = 0; i < 9; i++) org += ORG[randomInt(ORG.length)];
  const first17 = `${kind === 'for_profit' ? '91' : '52'}${district}${org}`;
  return first17 + usccCheckCharacter(first17);
}

let serial = 0;

export function institutionInput(overrides: Partial<z.input<typeof InstitutionInput>> = {}): z.input<typeof InstitutionInput> {
  serial++;
  const kind = overrides.kind ?? 'for_profit';
  const district = overrides.districtCode ?? '310115';
  return {
    uscc: newUscc(kind, district),
    name: `测试培训机构${serial}号`,
    kind,
    districtCode: district,
    address: `上海市浦东新区测试路${serial}号`,
    legalRepresentative: '张三',
    licence: { number: `教民${district}${String(serial).padStart(6, '0')}号`, expiresOn: '2029-12-31' },
    categories: ['arts'],
    mode: 'offline',
    foundedOn: '2018-03-01',
    supervisionMode: 'custody',
    ...overrides,
  };
}

/** Registers an institution through the service and walks it to `status` (default active). */
export async function newInstitution(
  t: TestApp,
  overrides: Partial<z.input<typeof InstitutionInput>> = {},
  status: InstitutionStatus = 'active',
) {
  const input = institutionInput(overrides);
  const created = await registerInstitution(t.ctx, t.system, input as z.infer<typeof InstitutionInput>);
  const path: Partial<Record<InstitutionStatus, InstitutionStatus[]>> = {
    pending_review: [],
    active: ['active'],
    rectifying: ['active', 'rectifying'],
    suspended: ['active', 'suspended'],
    closing: ['active', 'closing'],
    rejected: ['rejected'],
    revoked: ['active', 'revoked'],
  };
  const steps = path[status];
  if (!steps) throw new Error(`newInstitution cannot reach ${status} directly`);
  let institution = created;
  for (const to of steps) {
    institution = (await transitionInstitution(t.ctx, t.system, created.id, { to, reason: 'test' })).institution;
  }
  return institution;
}

export function courseInput(overrides: Partial<z.input<typeof CourseInput>> = {}): z.input<typeof CourseInput> {
  serial++;
  return {
    code: `C${serial}`,
    name: `测试课程${serial}`,
    category: 'arts',
    mode: 'offline',
    classSize: 10,
    totalLessons: 40,
    lessonMinutes: 60,
    pricePerLesson: '100.00',
    chargingMode: 'per_lesson',
    ...overrides,
  };
}

export async function newCourse(t: TestApp, institutionId: string, overrides: Partial<z.input<typeof CourseInput>> = {}) {
  return fileCourse(t.ctx, t.system, institutionId, courseInput(overrides) as z.infer<typeof CourseInput>);
}
