import type { Selectable } from 'kysely';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import type { JobRunTable } from '../../db/schema';
import type { Api, Caller } from '../../http/api';
import { AppError } from '../../http/errors';
import { findJob, runJob } from './runner';
import { JobList, JobParams, JobRun, JobRunPage, JobRunQuery } from './schema';

function toRun(row: Selectable<JobRunTable>): z.infer<typeof JobRun> {
  return {
    id: row.id,
    job: row.job_name,
    trigger: row.trigger,
    status: row.status,
    actor: row.actor_sub,
    startedAt: row.started_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
    progress: (row.progress ?? {}) as Record<string, unknown>,
    outcome: (row.outcome ?? null) as Record<string, unknown> | null,
    error: row.error,
  };
}

/** Jobs run for the whole city: only city regulators (and the scheduler) start them. */
function assertCityRegulator(caller: Caller): void {
  const a = caller.actor;
  if (!(a.role === 'system' || (a.role === 'regulator' && a.district === null))) throw new AppError('FORBIDDEN', { role: a.role });
}

export function registerJobRoutes(api: Api, ctx: AppContext): void {
  api.route({
    method: 'get',
    path: '/jobs',
    summary: '定时任务 / Scheduled jobs',
    tags: ['jobs'],
    access: ['regulator'],
    response: JobList,
    handler: async ({ caller }) => {
      const lastRuns = await ctx.db
        .selectFrom('job_run')
        .selectAll()
        .where('id', 'in', (eb) => eb.selectFrom('job_run').select((e) => e.fn.max('id').as('id')).groupBy('job_name'))
        .execute();
      return {
        items: ctx.jobs.map((job) => {
          const last = lastRuns.find((r) => r.job_name === job.name);
          return { name: job.name, description: job.description[caller.lang], schedule: job.schedule, timeZone: ctx.config.timeZone, lastRun: last ? toRun(last) : null };
        }),
      };
    },
  });
  api.route({
    method: 'get',
    path: '/jobs/{name}/runs',
    summary: '任务运行记录 / Runs of a job',
    tags: ['jobs'],
    access: ['regulator'],
    params: JobParams,
    query: JobRunQuery,
    response: JobRunPage,
    handler: async ({ params, query }) => {
      findJob(ctx, params.name);
      let q = ctx.db.selectFrom('job_run').selectAll().where('job_name', '=', params.name).orderBy('id', 'desc').limit(query.limit + 1);
      if (query.cursor) {
        const before = Number(query.cursor);
        if (!Number.isSafeInteger(before)) throw new AppError('INVALID_CURSOR');
        q = q.where('id', '<', before);
      }
      const rows = await q.execute();
      const page = rows.slice(0, query.limit);
      return { items: page.map(toRun), nextCursor: rows.length > query.limit ? String(page[page.length - 1]!.id) : null };
    },
  });
  api.route({
    method: 'post',
    path: '/jobs/{name}/runs',
    summary: '立即运行任务 / Run a job now',
    description: 'Runs the job to completion and answers with the recorded run; 409 when another runner holds it.',
    tags: ['jobs'],
    access: ['regulator'],
    params: JobParams,
    response: JobRun,
    status: 201,
    problems: [409],
    handler: async ({ params, caller }) => {
      assertCityRegulator(caller);
      const job = findJob(ctx, params.name);
      const result = await runJob(ctx, job, 'manual', caller);
      if (!result) throw new AppError('JOB_ALREADY_RUNNING', { name: job.name });
      const row = await ctx.db.selectFrom('job_run').selectAll().where('id', '=', result.id).executeTakeFirstOrThrow();
      return toRun(row);
    },
  });
}
