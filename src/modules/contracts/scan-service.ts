import type { z } from 'zod';
import type { AppContext } from '../../context';
import type { Caller } from '../../http/api';
import { scanContract } from './scanner';
import type { ScanInput, ScanResult } from './schema';
import { scanLimits } from './stored-findings';

/**
 * The ad-hoc scan (SPEC §4, POST /contracts/scan): nothing is stored. The numeric rules read the
 * single-charge limits of the policy in force (SPEC §3.1), so a scan says what a filing would;
 * whether the text is a whole contract (and its mandatory clauses are checked) is the scanner's
 * call from the text's shape, since a pasted clause is not a contract missing ten clauses.
 */
export async function scanText(ctx: AppContext, caller: Caller, input: z.infer<typeof ScanInput>): Promise<z.infer<typeof ScanResult>> {
  const policy = await ctx.policies.current();
  const result = scanContract(input.text, {
    ...(input.language ? { language: input.language } : {}),
    limits: scanLimits(policy),
    messageLanguage: caller.lang,
  });
  return { ...result, policyVersion: policy.version };
}
