import { createHash } from 'node:crypto';
import type { Db, Tx } from '../../db/transaction';
import { canonicalJson } from '../../lib/canonical-json';
import type { CreditEventRow } from './queries';

/*
 * The credit ledger is one hash chain (SPEC §5): every event stores the SHA-256 of its canonical
 * content, and that content includes the previous event's hash. Changing, deleting or reordering
 * any stored event breaks the chain at that point, and /credit/verify names the first break.
 *
 * Appends serialise on the single chain-head row (locked FOR UPDATE for the rest of the
 * transaction): the next sequence is head + 1 (gapless, so a deleted event leaves a visible
 * hole) and the next prev_hash is the head's hash (so two concurrent appends cannot both link to
 * the same predecessor and fork the chain). The head also records the tip, so deleting the
 * newest events is detected too.
 */
export const GENESIS_HASH = '0'.repeat(64);

/** Everything an event asserts, in the form that is hashed. Keys are sorted by canonicalJson. */
export interface ChainedContent {
  id: string;
  sequence: number;
  institutionId: string;
  kind: string;
  type: string;
  severity: string;
  source: string;
  points: string;
  basis: string;
  evidence: unknown;
  occurredAt: Date;
  recordedAt: Date;
  publicationEndsOn: string | null;
  reverses: string | null;
  repairs: string | null;
  recordedBy: string;
  recorderRole: string;
  policyVersion: number;
  prevHash: string;
}

export function contentOf(row: CreditEventRow): ChainedContent {
  return {
    id: row.id,
    sequence: row.sequence,
    institutionId: row.institution_id,
    kind: row.kind,
    type: row.type,
    severity: row.severity,
    source: row.source,
    points: row.points,
    basis: row.basis,
    evidence: row.evidence,
    occurredAt: row.occurred_at,
    recordedAt: row.recorded_at,
    publicationEndsOn: row.publication_ends_on,
    reverses: row.reverses,
    repairs: row.repairs,
    recordedBy: row.recorded_by,
    recorderRole: row.recorder_role,
    policyVersion: row.policy_version,
    prevHash: row.prev_hash,
  };
}

/** An unpaired UTF-16 surrogate: UTF-8 encoders store it as U+FFFD, so stored ≠ hashed. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function hasLoneSurrogate(value: unknown): boolean {
  if (typeof value === 'string') return LONE_SURROGATE.test(value);
  if (Array.isArray(value)) return value.some(hasLoneSurrogate);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).some(([k, v]) => LONE_SURROGATE.test(k) || hasLoneSurrogate(v));
  }
  return false;
}

export function hashContent(content: ChainedContent): string {
  return createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');
}

export interface ChainHead {
  lastSequence: number;
  lastHash: string;
}

/** Takes the ledger lock: held until the transaction ends. Every rating write happens under it too. */
export async function lockChainHead(trx: Tx): Promise<ChainHead> {
  const row = await trx.selectFrom('credit_chain_head').selectAll().where('id', '=', 1).forUpdate().executeTakeFirstOrThrow();
  return { lastSequence: row.last_sequence, lastHash: row.last_hash };
}

export async function advanceChainHead(trx: Tx, head: ChainHead, at: Date): Promise<void> {
  await trx
    .updateTable('credit_chain_head')
    .set({ last_sequence: head.lastSequence, last_hash: head.lastHash, updated_at: at })
    .where('id', '=', 1)
    .execute();
}

export type ChainProblem = 'event_missing' | 'link_broken' | 'reordered' | 'content_changed' | 'head_mismatch';

export interface ChainBreak {
  problem: ChainProblem;
  /** The sequence position where the chain first fails. */
  sequence: number;
  eventId: string | null;
  expected: string;
  found: string;
}

export interface ChainVerification {
  ok: boolean;
  checked: number;
  head: { sequence: number; hash: string };
  firstBreak: ChainBreak | null;
}

const BATCH = 5_000;

/**
 * Recomputes the whole chain in sequence order and stops at the first break. Runs in one
 * repeatable-read snapshot so appends committed meanwhile do not look like breaks.
 */
export async function verifyChain(db: Db): Promise<ChainVerification> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const headRow = await trx.selectFrom('credit_chain_head').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
      const head = { sequence: headRow.last_sequence, hash: headRow.last_hash };
      let prevHash = GENESIS_HASH;
      let expected = 1;
      let checked = 0;
      const broken = (b: ChainBreak): ChainVerification => ({ ok: false, checked, head, firstBreak: b });
      for (;;) {
        const rows = await trx
          .selectFrom('credit_event')
          .selectAll()
          .where('sequence', '>=', expected)
          .orderBy('sequence')
          .limit(BATCH)
          .execute();
        for (const row of rows) {
          if (row.sequence !== expected) {
            return broken({ problem: 'event_missing', sequence: expected, eventId: row.id, expected: String(expected), found: String(row.sequence) });
          }
          if (row.prev_hash !== prevHash) {
            const linked = await trx.selectFrom('credit_event').select(['id', 'sequence']).where('hash', '=', row.prev_hash).executeTakeFirst();
            return broken({
              problem: linked ? 'reordered' : 'link_broken',
              sequence: row.sequence,
              eventId: row.id,
              expected: prevHash,
              found: linked ? `${row.prev_hash} (sequence ${linked.sequence})` : row.prev_hash,
            });
          }
          const recomputed = hashContent(contentOf(row));
          if (recomputed !== row.hash) {
            return broken({ problem: 'content_changed', sequence: row.sequence, eventId: row.id, expected: row.hash, found: recomputed });
          }
          prevHash = row.hash;
          expected++;
          checked++;
        }
        if (rows.length < BATCH) break;
      }
      if (head.sequence !== expected - 1 || head.hash !== prevHash) {
        return broken({
          problem: 'head_mismatch',
          sequence: expected,
          eventId: null,
          expected: `${head.sequence}:${head.hash}`,
          found: `${expected - 1}:${prevHash}`,
        });
      }
      return { ok: true, checked, head, firstBreak: null };
    });
}
