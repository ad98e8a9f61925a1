import { z } from 'zod';
import { PageQuery, pageSchema } from '../../http/pagination';

export const JobRun = z
  .object({
    id: z.number().int(),
    job: z.string(),
    trigger: z.enum(['schedule', 'manual', 'cli']),
    status: z.enum(['running', 'succeeded', 'failed']),
    actor: z.string(),
    startedAt: z.string(),
    finishedAt: z.string().nullable(),
    progress: z.record(z.string(), z.unknown()),
    outcome: z.record(z.string(), z.unknown()).nullable(),
    error: z.string().nullable(),
  })
  .meta({ id: 'JobRun' });

export const JobSummary = z
  .object({ name: z.string(), description: z.string(), schedule: z.string(), timeZone: z.string(), lastRun: JobRun.nullable() })
  .meta({ id: 'Job' });

export const JobList = z.object({ items: z.array(JobSummary) }).meta({ id: 'JobList' });
export const JobRunPage = pageSchema(JobRun).meta({ id: 'JobRunPage' });
export const JobParams = z.object({ name: z.string().regex(/^[a-z0-9-]{1,64}$/) });
export const JobRunQuery = PageQuery;
