import cron from 'node-cron';
import { SYSTEM } from '../../auth/actor';
import type { AppContext } from '../../context';
import { runJob } from './runner';

/** Starts every job on its schedule in TZ_REGION; returns a function that stops them all. */
export function startScheduler(ctx: AppContext): () => Promise<void> {
  const tasks = ctx.jobs.map((job) =>
    cron.schedule(
      job.schedule,
      async () => {
        const result = await runJob(ctx, job, 'schedule', { actor: SYSTEM, requestId: `cron:${job.name}` });
        if (!result) ctx.logger.info({ job: job.name }, 'job skipped: another runner holds it');
      },
      { name: job.name, timezone: ctx.config.timeZone, noOverlap: true },
    ),
  );
  return async () => {
    await Promise.all(tasks.map((t) => t.stop()));
  };
}
