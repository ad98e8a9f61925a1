import { sql } from 'kysely';
import type { AppContext } from '../../context';
import type { Caller } from '../../http/api';
import { AppError } from '../../http/errors';
import type { JobDefinition } from './job';

export type JobTrigger = 'schedule' | 'manual' | 'cli';

/** Advisory-lock class for jobs, so job locks never collide with other advisory locks. */
const JOB_LOCK_CLASS = 7301;

/** PGlite is one process with one session: an in-process set is the single-runner guarantee. */
const runningHere = new Set<string>();

export function findJob(ctx: AppContext, name: string): JobDefinition {
  const job = ctx.jobs.find((j) => j.name === name);
  if (!job) throw new AppError('JOB_NOT_FOUND', { name });
  return job;
}

/**
 * Holds the job's lock while `work` runs. On PostgreSQL a session advisory lock on a pinned
 * connection makes one runner across every replica; the work itself uses the other pool
 * connections. Returns undefined when another runner holds the lock.
 */
async function withJobLock<T>(ctx: AppContext, name: string, work: () => Promise<T>): Promise<T | undefined> {
  if (runningHere.has(name)) return undefined;
  runningHere.add(name);
  try {
    if (ctx.engine === 'pglite') return await work();
    return await ctx.db.connection().execute(async (conn) => {
      const { rows } = await sql<{ locked: boolean }>`select pg_try_advisory_lock(${JOB_LOCK_CLASS}, hashtext(${name})) as locked`.execute(conn);
      if (!rows[0]?.locked) return undefined;
      try {
        return await work();
      } finally {
        await sql`select pg_advisory_unlock(${JOB_LOCK_CLASS}, hashtext(${name}))`.execute(conn);
      }
    });
  } finally {
    runningHere.delete(name);
  }
}

export interface JobRunResult {
  id: number;
  status: 'succeeded' | 'failed';
  outcome: Record<string, unknown> | null;
  error: string | null;
}

/** Runs a job once, recording the run, its progress and its outcome in job_run. */
export async function runJob(ctx: AppContext, job: JobDefinition, trigger: JobTrigger, caller: Pick<Caller, 'actor' | 'requestId'>): Promise<JobRunResult | undefined> {
  return withJobLock(ctx, job.name, async () => {
    const run = await ctx.db
      .insertInto('job_run')
      .values({
        job_name: job.name,
        trigger,
        status: 'running',
        actor_sub: caller.actor.sub,
        request_id: caller.requestId || null,
        started_at: ctx.clock.now(),
        progress: '{}',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const progress = async (p: Record<string, unknown>) => {
      await ctx.db.updateTable('job_run').set({ progress: JSON.stringify(p) }).where('id', '=', run.id).execute();
    };
    try {
      const outcome = await job.run(ctx, progress);
      await ctx.db
        .updateTable('job_run')
        .set({ status: 'succeeded', outcome: JSON.stringify(outcome), finished_at: ctx.clock.now() })
        .where('id', '=', run.id)
        .execute();
      return { id: run.id, status: 'succeeded' as const, outcome, error: null };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      ctx.logger.error({ err: error, job: job.name, run: run.id }, 'job failed');
      await ctx.db.updateTable('job_run').set({ status: 'failed', error: message, finished_at: ctx.clock.now() }).where('id', '=', run.id).execute();
      return { id: run.id, status: 'failed' as const, outcome: null, error: message };
    }
  });
}
