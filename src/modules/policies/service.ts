import type { z } from 'zod';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import type { Caller } from '../../http/api';
import { AppError } from '../../http/errors';
import { recordAudit } from '../audit/service';
import { insertPolicyVersion, latestPolicyRow, listPolicyRows, lockPolicyChanges, policyRow } from './queries';
import type { PolicyChange, PolicyDocument } from './schema';
import { PolicyValues } from './values';

type PolicyRow = NonNullable<Awaited<ReturnType<typeof policyRow>>>;

function present(row: PolicyRow): z.infer<typeof PolicyDocument> {
  return {
    version: row.version,
    values: PolicyValues.parse(row.values),
    reason: row.reason,
    changedBy: row.changed_by,
    createdAt: row.created_at.toISOString(),
  };
}

export async function getCurrentPolicy(ctx: AppContext) {
  const row = await latestPolicyRow(ctx.db);
  if (!row) throw new AppError('POLICY_VERSION_NOT_FOUND', { version: 'latest' });
  return present(row);
}

export async function getPolicyVersion(ctx: AppContext, version: number) {
  const row = await policyRow(ctx.db, version);
  if (!row) throw new AppError('POLICY_VERSION_NOT_FOUND', { version });
  return present(row);
}

export async function listPolicyVersions(ctx: AppContext, limit: number, cursor: string | undefined) {
  const before = cursor === undefined ? undefined : Number(cursor);
  if (before !== undefined && !Number.isSafeInteger(before)) throw new AppError('INVALID_CURSOR');
  const rows = await listPolicyRows(ctx.db, limit, before);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { items: page.map(present), nextCursor: rows.length > limit && last ? String(last.version) : null };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** RFC 7386: objects merge key by key, null removes (here: restores the default), the rest replaces. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isPlainObject(patch)) return patch;
  const out: Record<string, unknown> = isPlainObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key], value);
  }
  return out;
}

/** Only the city commission sets the rules; district bureaus apply them. */
export async function changePolicy(ctx: AppContext, caller: Caller, change: z.infer<typeof PolicyChange>) {
  const actor = caller.actor;
  if (actor.role !== 'system' && !(actor.role === 'regulator' && actor.district === null)) {
    throw new AppError('POLICY_CHANGE_FORBIDDEN');
  }
  const at = ctx.clock.now();
  const created = await inTransaction(ctx.db, async (trx) => {
    await lockPolicyChanges(trx);
    const current = await latestPolicyRow(trx);
    if (!current) throw new AppError('POLICY_VERSION_NOT_FOUND', { version: 'latest' });
    if (change.baseVersion !== undefined && change.baseVersion !== current.version) {
      throw new AppError('POLICY_VERSION_CONFLICT', { current: current.version, base: change.baseVersion });
    }
    const merged = PolicyValues.safeParse(mergePatch(current.values, change.values));
    if (!merged.success) {
      const errors = merged.error.issues.map((i) => ({ path: ['values', ...i.path.map(String)].join('.'), message: i.message, code: i.code }));
      throw new AppError('POLICY_INVALID', { count: errors.length }, { errors });
    }
    const version = current.version + 1;
    await insertPolicyVersion(trx, { version, values: merged.data, reason: change.reason, changedBy: actor.sub, at });
    await recordAudit(trx, caller, {
      action: 'policy.changed',
      subjectType: 'policy',
      subjectId: String(version),
      details: { fromVersion: current.version, patch: change.values, reason: change.reason },
      at,
    });
    return version;
  });
  ctx.policies.invalidate();
  return getPolicyVersion(ctx, created);
}
