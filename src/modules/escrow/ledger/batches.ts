import type pg from 'pg';
import { serverPool } from '../../../db/database';
import type { Outcome } from './idempotency';

/**
 * Group commit for the ledger's postings on a PostgreSQL server (BENCHMARKS.md, Ledger).
 *
 * A posting alone costs a socket write, a statement and a commit (a WAL flush); on a busy server
 * those, not the posting's own work, are most of its price. Postings that arrive while an earlier
 * one is still on its way go together: one statement calling each posting function, one commit for
 * all of them. If any posting in it raises (a refusal, say), the statement and its transaction are
 * undone as a whole, and the batch goes again through the functions' `_try` twins (migration
 * 2026-11-29T17.00.00-ledger-batches), which run each posting in its own subtransaction: the
 * refusal undoes its posting alone and the neighbours commit. Refusals are the exception, and a
 * subtransaction costs about a fifth of a posting's time in PostgreSQL (BENCHMARKS.md), so the
 * twins are not the first try.
 *
 * Deadlocks. A batch holds every lock its postings took until it commits, so two batches that
 * locked accounts in different orders would deadlock (measured on the yardstick: a batched load
 * without care fell to a tenth of its rate). Postings therefore go to a lane by their
 * institution, every account and row a posting touches belongs to that institution, and a lane has
 * one statement in flight at a time: no two batches ever hold the same institution's rows. Every
 * posting whose institution the caller knows goes through its lane, batched or alone (one with a
 * bank reference, or of a function without a twin), so none runs beside a batch of its own
 * institution. What remains outside the lanes (a regulator's posting that names only an enrollment,
 * the release step across institutions, a reversal) can still meet a batch in a lock cycle;
 * PostgreSQL then breaks it after deadlock_timeout (1 s) and the posting that lost runs again
 * (post() retries 40P01; a batch that lost goes again with its twins).
 *
 * Nothing waits to fill a batch: an idle lane sends a posting at once, as a single call. A batch
 * forms only from the postings that queued behind the one in flight, so the batch grows with the
 * load and costs no latency when there is none.
 */
export interface BatchOptions {
  /** Lanes per pool (0: no batching); a lane uses at most one connection at a time. */
  lanes: number;
  /** The most postings in one statement. */
  maxBatch: number;
}

/** One posting call: pg's prepared statement name, its text and parameters, and its function. */
export interface BatchCall {
  fn: string;
  name: string;
  text: string;
  /** Whether it may share a statement (a `_try` twin exists and no bank reference is attached). */
  batchable: boolean;
  values: unknown[];
}

/** What a posting's twin returns when it caught an error (migration 17.00). */
interface CaughtError {
  code: string;
  message: string;
  detail?: string | null;
  constraint?: string | null;
}

/** An error a posting's twin caught, raised again as the error pg would have raised. */
export class BatchedPostingError extends Error {
  readonly code: string;
  readonly detail: string | undefined;
  readonly constraint: string | undefined;
  constructor(caught: CaughtError) {
    super(caught.message);
    this.name = 'BatchedPostingError';
    this.code = caught.code;
    this.detail = caught.detail ?? undefined;
    this.constraint = caught.constraint ?? undefined;
  }
}

interface Waiting {
  call: BatchCall;
  settle(outcome: Outcome | undefined): void;
  fail(error: unknown): void;
}

interface Lane {
  queue: Waiting[];
  busy: boolean;
}

export interface BatchStats {
  /** Statements sent: batches, and postings that went alone. */
  statements: number;
  postings: number;
  largest: number;
  /** Batches in which a posting raised, sent again with each posting in its own subtransaction. */
  isolated: number;
  /** Batches that failed even so and were sent again posting by posting. */
  resent: number;
}

class PostingBatcher {
  private readonly lanes: Lane[];
  private readonly counts: BatchStats = { statements: 0, postings: 0, largest: 0, isolated: 0, resent: 0 };

  constructor(
    private readonly pool: pg.Pool,
    private readonly options: BatchOptions,
  ) {
    this.lanes = Array.from({ length: options.lanes }, () => ({ queue: [], busy: false }));
  }

  /** The posting's outcome once its statement committed; rejects with the error that undid it. */
  submit(laneKey: string, call: BatchCall): Promise<Outcome | undefined> {
    const lane = this.lanes[laneOf(laneKey, this.lanes.length)]!;
    return new Promise<Outcome | undefined>((settle, fail) => {
      lane.queue.push({ call, settle, fail });
      if (!lane.busy) this.drain(lane);
    });
  }

  stats(): BatchStats {
    return { ...this.counts };
  }

  /**
   * Sends what the lane has queued as one statement. When it answers, the next statement leaves
   * first and only then are this one's answers handed out: writing those HTTP responses takes the
   * event loop a while, and the lane's connection should not sit idle through it.
   */
  private drain(lane: Lane): void {
    const batch = lane.queue.splice(0, batchableRun(lane.queue, this.options.maxBatch));
    lane.busy = batch.length > 0;
    if (!lane.busy) return;
    this.counts.statements++;
    this.counts.postings += batch.length;
    this.counts.largest = Math.max(this.counts.largest, batch.length);
    void (batch.length === 1 ? this.runAlone(batch[0]!) : this.runTogether(batch)).then((handOut) => {
      this.drain(lane);
      handOut();
    });
  }

  /** Runs one posting; resolves (never rejects) to what hands its answer out. */
  private async runAlone(w: Waiting): Promise<() => void> {
    try {
      const { rows } = await this.pool.query<{ outcome: Outcome }>({ name: w.call.name, text: w.call.text, values: w.call.values });
      return () => w.settle(rows[0]?.outcome);
    } catch (error) {
      return () => w.fail(error);
    }
  }

  /** Runs a batch as one statement; resolves (never rejects) to what hands its answers out. */
  private async runTogether(batch: Waiting[]): Promise<() => void> {
    // One statement text per mix of functions (in a fixed order), so pg prepares each mix once per
    // connection; within a function the postings keep their order of arrival.
    const ordered = batch.map((w, arrival) => ({ w, arrival })).sort((a, b) => compare(a.w.call.name, b.w.call.name) || a.arrival - b.arrival).map((o) => o.w);
    const calls = ordered.map((w) => w.call);
    const values = calls.flatMap((c) => c.values);
    try {
      const outcomes = await this.runStatement(batchStatement(calls, 'plain'), values);
      return () => ordered.forEach((w, i) => w.settle(outcomes[i] as Outcome | undefined));
    } catch {
      // Something in the batch raised, and nothing of it was written: again, each posting in its
      // own subtransaction, so each gets its own answer.
      this.counts.isolated++;
    }
    try {
      const caught = await this.runStatement(batchStatement(calls, 'twins'), values);
      return () =>
        ordered.forEach((w, i) => {
          const r = caught[i] as { outcome?: Outcome; error?: CaughtError } | undefined;
          if (r?.error) w.fail(new BatchedPostingError(r.error));
          else w.settle(r?.outcome);
        });
    } catch {
      // The statement failed as a whole even so (a lost connection, say) and its transaction with
      // it: each posting goes again alone.
      this.counts.resent++;
      const answers: Array<() => void> = [];
      for (const w of ordered) answers.push(await this.runAlone(w));
      return () => answers.forEach((hand) => hand());
    }
  }

  /** The statement's answers, one per posting in the batch's order. */
  private async runStatement(statement: BatchStatement, values: unknown[]): Promise<unknown[]> {
    const { rows } = await this.pool.query<{ rs: unknown[] }>(
      statement.name ? { name: statement.name, text: statement.text, values } : { text: statement.text, values },
    );
    return rows[0]?.rs ?? [];
  }
}

/**
 * Prepared batch statements, one per mix of functions. Each is prepared on every connection that
 * runs it and kept there, so their number is bounded: a batch of a mix beyond the first
 * NAMED_MIXES goes unprepared (parsed and planned on each call; correct, a little dearer). Two
 * functions in batches of up to 32 make about 560 mixes per way of running them; the common ones
 * come first.
 */
const NAMED_MIXES = 512;
const statements = new Map<string, BatchStatement>();

interface BatchStatement {
  name: string | undefined;
  text: string;
}

/**
 * The statement for a mix, built once: `select ledger_settle(ledger_defer(), array[f($1, …), g($k, …),
 * …]::jsonb[]) as rs`, in which the postings note their transfers and ledger_settle posts them all
 * at once (migration 2026-11-29T20.00.00-ledger-deferred-apply), or with the `_try` twins,
 * `select to_jsonb(array[f_try($1, …), …]::jsonb[]) as rs`, in which each posting applies its own;
 * either answers one jsonb array, an outcome per posting.
 */
export function batchStatement(calls: readonly BatchCall[], via: 'plain' | 'twins'): BatchStatement {
  const mix = `${via}:${calls.map((c) => c.name).join(',')}`;
  let statement = statements.get(mix);
  if (!statement) {
    let next = 1;
    const postings = calls.map((c) => {
      const params = c.values.map(() => `$${next++}`).join(', ');
      return `${via === 'twins' ? `${c.fn}_try` : c.fn}(${params})`;
    });
    const all = `array[${postings.join(', ')}]::jsonb[]`;
    const text = via === 'twins' ? `select to_jsonb(${all}) as rs` : `select ledger_settle(ledger_defer(), ${all}) as rs`;
    if (statements.size >= NAMED_MIXES) return { name: undefined, text };
    // pg's statement names stop at 63 characters: a mix is named by its number instead.
    statement = { name: `ledger_batch_${statements.size + 1}`, text };
    statements.set(mix, statement);
  }
  return statement;
}

/** How many postings at the head of the queue leave together: a run of batchable ones, or one. */
function batchableRun(queue: readonly Waiting[], max: number): number {
  if (queue.length === 0 || !queue[0]!.call.batchable) return Math.min(queue.length, 1);
  let n = 1;
  while (n < queue.length && n < max && queue[n]!.call.batchable) n++;
  return n;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** FNV-1a over the key: an institution always lands in the same lane. */
function laneOf(key: string, lanes: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % lanes;
}

const batchers = new WeakMap<object, PostingBatcher>();

/** Turns batching on (or off, with lanes 0) for the postings on `db`'s server pool. */
export function configureBatches(db: object, options: BatchOptions): void {
  const pool = serverPool(db);
  if (!pool) return; // PGlite runs one statement at a time: nothing to gather
  if (options.lanes > 0 && options.maxBatch > 1) batchers.set(db, new PostingBatcher(pool, options));
  else batchers.delete(db);
}

/** The batcher for `db`, if batching is on there. */
export function batcherOf(db: object): Pick<PostingBatcher, 'submit' | 'stats'> | undefined {
  return batchers.get(db);
}
