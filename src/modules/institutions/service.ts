import { stringify } from 'csv-stringify/sync';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import type { Caller } from '../../http/api';
import { AppError } from '../../http/errors';
import { decodeCursor, toPage } from '../../http/pagination';
import { addDays, dateInZone } from '../../lib/dates';
import { recordAudit } from '../audit/service';
import { assertWindDownSettled } from '../escrow/wind-down/closure-guard';
import { buildWindDownPlan } from '../escrow/wind-down/plan-builder';
import { canTransition, allowedTransitions, type InstitutionStatus } from './lifecycle';
import { districtName, toInstitution, toSite, toTransition } from './mapper';
import { assertCanFileFor, assertRegulatorFor, inScope, readScope } from './policy';
import * as queries from './queries';
import { assertRegistrationRules, assertValidUscc } from './rules';
import { SELF_SERVICE_FIELDS, type InstitutionInput, type InstitutionListQuery, type InstitutionPatch, type SiteInput, type TransitionInput } from './schema';
import { CATEGORIES, type Category } from './reference-data';

const UNIQUE_VIOLATION = '23505';

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string })?.code === UNIQUE_VIOLATION;
}

/** Loads an institution the caller may see, or answers 404 as if it did not exist. */
export async function loadVisibleInstitution(ctx: AppContext, caller: Caller, id: string): Promise<queries.InstitutionRow> {
  const row = await queries.findInstitution(ctx.db, id);
  if (!row || !inScope(readScope(caller.actor), row)) throw new AppError('INSTITUTION_NOT_FOUND', { id });
  return row;
}

export async function registerInstitution(ctx: AppContext, caller: Caller, input: z.infer<typeof InstitutionInput>) {
  assertRegulatorFor(caller.actor, input.districtCode);
  assertValidUscc(input.uscc);
  const now = ctx.clock.now();
  assertRegistrationRules(input, dateInZone(now, ctx.config.timeZone));
  try {
    return await inTransaction(ctx.db, async (trx) => {
      if (await queries.usccTaken(trx, input.uscc)) throw new AppError('INSTITUTION_USCC_TAKEN', { value: input.uscc });
      const row = await queries.insertInstitution(trx, {
        uscc: input.uscc,
        name: input.name,
        kind: input.kind,
        legal_representative: input.legalRepresentative,
        district_code: input.districtCode,
        address: input.address,
        contact_phone: input.contactPhone ?? null,
        licence_number: input.licence?.number ?? null,
        licence_expires_on: input.licence?.expiresOn ?? null,
        icp_filing_number: input.icpFilingNumber ?? null,
        approval_authority: input.approvalAuthority ?? null,
        registration_authority: input.registrationAuthority ?? null,
        founded_on: input.foundedOn,
        categories: input.categories,
        mode: input.mode,
        supervision_mode: input.supervisionMode,
        status: 'pending_review',
        status_changed_at: now,
        created_at: now,
        updated_at: now,
      });
      const sites = await queries.insertSites(
        trx,
        (input.sites ?? []).map((s) => ({
          institution_id: row.id,
          name: s.name,
          address: s.address,
          district_code: s.districtCode,
          capacity: s.capacity,
          created_at: now,
        })),
      );
      await recordAudit(trx, caller, {
        action: 'institution.registered',
        subjectType: 'institution',
        subjectId: row.id,
        institutionId: row.id,
        details: { uscc: row.uscc, name: row.name, sites: sites.length },
        at: now,
      });
      return toInstitution(row, caller.lang);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('INSTITUTION_USCC_TAKEN', { value: input.uscc });
    throw error;
  }
}

export async function getInstitution(ctx: AppContext, caller: Caller, id: string) {
  return toInstitution(await loadVisibleInstitution(ctx, caller, id), caller.lang);
}

export async function listInstitutions(ctx: AppContext, caller: Caller, query: z.infer<typeof InstitutionListQuery>) {
  const filter = { scope: readScope(caller.actor), ...query };
  const rows = await queries.listInstitutions(ctx.db, filter, query.limit, decodeCursor(query.cursor));
  return toPage(rows, query.limit, (r) => toInstitution(r, caller.lang));
}

/** Every institution matching the filter, as a spreadsheet (UTF-8 with BOM so Excel reads Chinese). */
export async function exportInstitutionsCsv(ctx: AppContext, caller: Caller, query: z.infer<typeof InstitutionListQuery>) {
  const filter = { scope: readScope(caller.actor), ...query };
  const rows = await queries.institutionQuery(ctx.db, filter).orderBy('created_at').orderBy('id').limit(100_000).execute();
  const zh = caller.lang === 'zh';
  const header = zh
    ? ['编号', '统一社会信用代码', '名称', '性质', '区', '地址', '法定代表人', '办学许可证号', '许可证有效期', '培训类别', '授课方式', '资金监管方式', '状态', '登记时间']
    : ['id', 'uscc', 'name', 'kind', 'district', 'address', 'legalRepresentative', 'licenceNumber', 'licenceExpiresOn', 'categories', 'mode', 'supervisionMode', 'status', 'createdAt'];
  const lines = rows.map((r) => [
    r.id,
    r.uscc,
    r.name,
    r.kind,
    districtName(r.district_code, caller.lang),
    r.address,
    r.legal_representative,
    r.licence_number ?? '',
    r.licence_expires_on ?? '',
    r.categories.map((c) => CATEGORIES[c as Category]?.[caller.lang] ?? c).join(zh ? '、' : '; '),
    r.mode,
    r.supervision_mode,
    r.status,
    r.created_at.toISOString(),
  ]);
  return '\ufeff' + stringify([header, ...lines]);
}

export async function updateInstitution(ctx: AppContext, caller: Caller, id: string, patch: z.infer<typeof InstitutionPatch>) {
  const actor = caller.actor;
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (trx) => {
    const row = await queries.lockInstitution(trx, id);
    if (!row || !inScope(readScope(actor), row)) throw new AppError('INSTITUTION_NOT_FOUND', { id });
    if (actor.role === 'institution') {
      const refused = Object.keys(patch).filter((k) => !(SELF_SERVICE_FIELDS as readonly string[]).includes(k));
      if (refused.length > 0) throw new AppError('FORBIDDEN', { role: actor.role, fields: refused });
    } else {
      assertRegulatorFor(actor, row.district_code);
      if (patch.districtCode) assertRegulatorFor(actor, patch.districtCode);
    }
    const licence = patch.licence === undefined ? (row.licence_number && row.licence_expires_on ? { number: row.licence_number, expiresOn: row.licence_expires_on } : null) : patch.licence;
    assertRegistrationRules(
      {
        kind: patch.kind ?? row.kind,
        categories: patch.categories ?? row.categories,
        mode: patch.mode ?? row.mode,
        supervisionMode: patch.supervisionMode ?? row.supervision_mode,
        licence,
        icpFilingNumber: patch.icpFilingNumber === undefined ? row.icp_filing_number : patch.icpFilingNumber,
        foundedOn: patch.foundedOn ?? row.founded_on,
      },
      dateInZone(now, ctx.config.timeZone),
    );
    const updated = await queries.updateInstitution(trx, id, {
      ...(patch.name !== undefined && { name: patch.name }),
      ...(patch.kind !== undefined && { kind: patch.kind }),
      ...(patch.districtCode !== undefined && { district_code: patch.districtCode }),
      ...(patch.address !== undefined && { address: patch.address }),
      ...(patch.legalRepresentative !== undefined && { legal_representative: patch.legalRepresentative }),
      ...(patch.contactPhone !== undefined && { contact_phone: patch.contactPhone }),
      ...(patch.licence !== undefined && { licence_number: patch.licence?.number ?? null, licence_expires_on: patch.licence?.expiresOn ?? null }),
      ...(patch.icpFilingNumber !== undefined && { icp_filing_number: patch.icpFilingNumber }),
      ...(patch.approvalAuthority !== undefined && { approval_authority: patch.approvalAuthority }),
      ...(patch.registrationAuthority !== undefined && { registration_authority: patch.registrationAuthority }),
      ...(patch.categories !== undefined && { categories: patch.categories }),
      ...(patch.mode !== undefined && { mode: patch.mode }),
      ...(patch.foundedOn !== undefined && { founded_on: patch.foundedOn }),
      ...(patch.supervisionMode !== undefined && { supervision_mode: patch.supervisionMode }),
      updated_at: now,
    });
    await recordAudit(trx, caller, {
      action: 'institution.updated',
      subjectType: 'institution',
      subjectId: id,
      institutionId: id,
      details: { changes: patch },
      at: now,
    });
    return toInstitution(updated, caller.lang);
  });
}

/**
 * A status change (SPEC §2): refused with a 409 naming the allowed targets when the lifecycle
 * does not permit it; closing → closed only after the public-notice period and once the wind-down
 * refund plan has been executed; → closing builds that plan (SPEC §3.7).
 */
export async function transitionInstitution(ctx: AppContext, caller: Caller, id: string, input: z.infer<typeof TransitionInput>) {
  const policy = await ctx.policies.current();
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (trx) => {
    const row = await queries.lockInstitution(trx, id);
    if (!row || !inScope(readScope(caller.actor), row)) throw new AppError('INSTITUTION_NOT_FOUND', { id });
    assertRegulatorFor(caller.actor, row.district_code);
    const from = row.status as InstitutionStatus;
    if (!canTransition(from, input.to)) {
      const allowed = [...allowedTransitions(from)];
      throw new AppError('ILLEGAL_TRANSITION', { from, to: input.to, allowed: allowed.length > 0 ? allowed : ['—'], allowedTransitions: allowed });
    }
    if (from === 'closing' && input.to === 'closed') {
      const noticeDays = policy.values.registry.closureNoticeDays;
      const closingSince = dateInZone(row.status_changed_at, ctx.config.timeZone);
      const earliest = addDays(closingSince, noticeDays);
      if (dateInZone(now, ctx.config.timeZone) < earliest) {
        throw new AppError('CLOSURE_NOTICE_PERIOD', { days: noticeDays, earliest, rule: 'closure_notice', limit: noticeDays, policyVersion: policy.version });
      }
      // SPEC §3.7: and the wind-down refund plan executed (409 WIND_DOWN_NOT_EXECUTED).
      await assertWindDownSettled(trx, id);
    }
    const updated = await queries.updateInstitution(trx, id, { status: input.to, status_changed_at: now, updated_at: now });
    const transition = await queries.insertTransition(trx, {
      institutionId: id,
      from,
      to: input.to,
      reason: input.reason,
      actorSub: caller.actor.sub,
      policyVersion: policy.version,
      requestId: caller.requestId,
      at: now,
    });
    await recordAudit(trx, caller, {
      action: 'institution.transitioned',
      subjectType: 'institution',
      subjectId: id,
      institutionId: id,
      details: { from, to: input.to, reason: input.reason, policyVersion: policy.version },
      at: now,
    });
    // SPEC §3.7: closing starts the wind-down. New prepayments stop by the status itself (only
    // active and rectifying take them); the refund plan is built here, in the same commit.
    if (input.to === 'closing') {
      await buildWindDownPlan(trx, { institutionId: id, caller, at: now, today: dateInZone(now, ctx.config.timeZone), policyVersion: policy.version });
    }
    return { institution: toInstitution(updated, caller.lang), transition: toTransition(transition) };
  });
}

export async function listInstitutionTransitions(ctx: AppContext, caller: Caller, id: string) {
  await loadVisibleInstitution(ctx, caller, id);
  return { items: (await queries.listTransitions(ctx.db, id)).map(toTransition) };
}

export async function addSite(ctx: AppContext, caller: Caller, id: string, input: z.infer<typeof SiteInput>) {
  const institution = await loadVisibleInstitution(ctx, caller, id);
  assertCanFileFor(caller.actor, institution);
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (trx) => {
    const [site] = await queries.insertSites(trx, [
      { institution_id: id, name: input.name, address: input.address, district_code: input.districtCode, capacity: input.capacity, created_at: now },
    ]);
    if (!site) throw new Error('site insert returned nothing');
    await recordAudit(trx, caller, { action: 'institution.site_added', subjectType: 'site', subjectId: site.id, institutionId: id, details: { name: site.name }, at: now });
    return toSite(site);
  });
}

export async function listSites(ctx: AppContext, caller: Caller, id: string, limit: number, cursor: string | undefined) {
  await loadVisibleInstitution(ctx, caller, id);
  const rows = await queries.listSites(ctx.db, id, limit, decodeCursor(cursor));
  return toPage(rows, limit, toSite);
}
