import pg from 'pg';
import type { Caller } from '../../src/http/api';
import { appendCreditEvent, type RecordCreditEventInput } from '../../src/modules/credit/ledger';
import type { TestApp } from '../support/app';

/** A city regulator acting in-process (services, not HTTP). */
export const cityRegulator: Caller = { actor: { role: 'regulator', sub: 'city-regulator', district: null }, requestId: 'test', lang: 'zh' };

export const BREACH = { type: 'inspection_failed', basis: '《校外培训行政处罚暂行办法》第十九条' } as const;

/** Records a finding now (by the test clock), a general breach unless told otherwise. */
export function record(t: TestApp, institutionId: string, overrides: Partial<RecordCreditEventInput> = {}) {
  return appendCreditEvent(t.ctx, cityRegulator, {
    institutionId,
    ...BREACH,
    severity: 'general',
    source: 'inspection',
    occurredAt: t.clock.now(),
    ...overrides,
  });
}

export function generalBreaches(t: TestApp, institutionId: string, n: number) {
  return sequentially(n, () => record(t, institutionId));
}

export function commendation(t: TestApp, institutionId: string, points: string, source: RecordCreditEventInput['source'] = 'regulator') {
  return record(t, institutionId, { type: 'commendation', severity: 'commendation', points, source, basis: '区教育局年度表彰' });
}

export async function sequentially<T>(n: number, make: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(await make(i));
  return out;
}

export async function storedRating(t: TestApp, institutionId: string) {
  return t.ctx.db.selectFrom('credit_rating').selectAll().where('institution_id', '=', institutionId).executeTakeFirst();
}

export async function measuresInForce(t: TestApp, institutionId: string): Promise<string[]> {
  const rows = await t.ctx.db
    .selectFrom('credit_measure_application')
    .select('measure_code')
    .where('institution_id', '=', institutionId)
    .where('lifted_at', 'is', null)
    .orderBy('measure_code')
    .execute();
  return rows.map((r) => r.measure_code);
}

/**
 * Closes the test app without tripping over the shared harness on the PostgreSQL server: its
 * close() drops the database `with (force)` right after pool.end(), and pg-pool resolves end()
 * before the sockets have closed, so a backend killed by the drop reports 57P01 on a pool with no
 * error listener (an unhandled error that fails whichever test ran last). Ending the pool first
 * (Kysely's destroy is idempotent) and waiting until the server shows no session left avoids it.
 */
export async function closeTestApp(t: TestApp): Promise<void> {
  if (t.database.url) {
    await t.ctx.db.destroy();
    const probe = new pg.Client({ connectionString: t.database.url });
    await probe.connect();
    try {
      for (let i = 0; i < 100; i++) {
        const { rows } = await probe.query<{ n: number }>(
          'select count(*)::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
        );
        if (rows[0]!.n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    } finally {
      await probe.end();
    }
  }
  await t.close();
}
