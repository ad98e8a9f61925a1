import type { AppContext } from '../../context';
import type { Localized } from '../../http/i18n';

/** Reports how far a run has got; stored on the job_run row so a long run can be watched. */
export type ProgressReporter = (progress: Record<string, unknown>) => Promise<void>;

/**
 * A scheduled job (SPEC §6). Jobs are thin: `run` calls a module's service, which does the work
 * set-based and idempotently, so a run repeated by hand or after a crash does no harm.
 */
export interface JobDefinition {
  name: string;
  description: Localized;
  /** node-cron pattern, in TZ_REGION (Asia/Shanghai). */
  schedule: string;
  run(ctx: AppContext, progress: ProgressReporter): Promise<Record<string, unknown>>;
}
