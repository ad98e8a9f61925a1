import { lastPartyIn } from '../../parties';
import type { RuleContext } from '../types';

/** The acting party before `at` must not be the consumer ("乙方可以调整上课时间" is the consumer's right). */
export function actorIsNotConsumer(ctx: RuleContext, at: number): boolean {
  return lastPartyIn(ctx.text.slice(0, at), ctx) !== 'consumer';
}
