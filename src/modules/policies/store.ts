import type { Clock } from '../../clock';
import type { Db } from '../../db/transaction';
import { inTransaction } from '../../db/transaction';
import { latestPolicyRow, insertPolicyVersion, lockPolicyChanges } from './queries';
import { canonicalJson } from '../../lib/canonical-json';
import { PolicyValues, type PolicyValues as Values } from './values';

export interface Policy {
  version: number;
  values: Values;
}

const CACHE_MS = 5_000;

/**
 * The policy in force. Versions are immutable, so a cached one is always a true statement of the
 * rules some decision applied; the cache only bounds how soon another replica's change is seen.
 * Read the policy before opening a transaction: on PGlite, a query outside the open transaction
 * waits for it forever.
 */
export class PolicyStore {
  private cached: { policy: Policy; at: number } | undefined;

  constructor(private readonly db: Db, private readonly clock: Clock) {}

  async current(): Promise<Policy> {
    const now = Date.now();
    if (this.cached && now - this.cached.at < CACHE_MS) return this.cached.policy;
    const row = await latestPolicyRow(this.db);
    if (!row) throw new Error('no policy version: ensureCurrentPolicy() runs at boot');
    const policy = { version: row.version, values: PolicyValues.parse(row.values) };
    this.cached = { policy, at: now };
    return policy;
  }

  invalidate(): void {
    this.cached = undefined;
  }

  /**
   * At boot: writes version 1 from the defaults, or a new version when the code has added
   * policy keys since the last one, so every number in force is stored in some version.
   */
  async ensureCurrent(): Promise<Policy> {
    await inTransaction(this.db, async (trx) => {
      await lockPolicyChanges(trx);
      const row = await latestPolicyRow(trx);
      if (!row) {
        await insertPolicyVersion(trx, {
          version: 1,
          values: PolicyValues.parse({}),
          reason: '初始默认政策参数 / initial defaults',
          changedBy: 'system',
          at: this.clock.now(),
        });
        return;
      }
      const completed = PolicyValues.parse(row.values);
      if (canonicalJson(completed) !== canonicalJson(row.values)) {
        await insertPolicyVersion(trx, {
          version: row.version + 1,
          values: completed,
          reason: '补充新增参数的默认值 / defaults for newly added keys',
          changedBy: 'system',
          at: this.clock.now(),
        });
      }
    });
    this.invalidate();
    return this.current();
  }
}
