import { SYSTEM } from '../../auth/actor';
import { FixedClock } from '../../clock';
import type { AppContext } from '../../context';
import type { Caller } from '../../http/api';
import { appendCreditEvent, type RecordCreditEventInput } from './ledger';
import { recomputeAllRatings } from './recompute';
import { applyForRepair } from './repair';

const DAY = 86_400_000;

type Finding = Omit<RecordCreditEventInput, 'institutionId' | 'occurredAt'> & { daysAgo: number };

const LATE_REFUND: Finding = { type: 'late_refund', severity: 'general', source: 'escrow', basis: '穗教规字〔2021〕8号：开课后退费应于10个工作日内办结', daysAgo: 210 };
const FAILED_CHECK: Finding = { type: 'inspection_failed', severity: 'general', source: 'inspection', basis: '双随机抽查：未在显著位置公示收费项目和标准', daysAgo: 90 };
const UNFAIR_CLAUSE: Finding = { type: 'unfair_contract_clause', severity: 'general', source: 'contract', basis: '《民法典》第四百九十七条：“一经缴费，概不退还”', daysAgo: 60 };
const MISAPPROPRIATION: Finding = { type: 'funds_misappropriation', severity: 'serious', source: 'escrow', basis: '教监管函〔2021〕2号：预收费未进入监管专用账户', daysAgo: 40 };
const COURT: Finding = { type: 'court_judgment', severity: 'serious', source: 'court', basis: '生效判决确定的退费义务未履行', daysAgo: 20 };
const PRAISE: Finding = { type: 'commendation', severity: 'commendation', points: '5', source: 'regulator', basis: '区教育局年度规范办学示范机构', daysAgo: 120 };
const ASSOCIATION_PRAISE: Finding = { type: 'association_commendation', severity: 'commendation', points: '4', source: 'association', basis: '上海市培训协会自律公约履约表彰', daysAgo: 30 };
const ASSOCIATION_WARNING: Finding = { type: 'association_warning', severity: 'general', source: 'association', basis: '上海市培训协会：违反自律公约（夸大宣传）', daysAgo: 15 };

/** Who gets what, by position in the demo set (nine profiles repeat four times). */
const PLAN: Finding[][] = [
  [MISAPPROPRIATION],                                         // black: a live serious breach
  [LATE_REFUND, FAILED_CHECK, UNFAIR_CLAUSE],                 // 85: grade B, on no list
  [LATE_REFUND, FAILED_CHECK, UNFAIR_CLAUSE, FAILED_CHECK, LATE_REFUND, UNFAIR_CLAUSE], // 70: grade C, watch
  [PRAISE, ASSOCIATION_PRAISE],                               // red, with commendations
  [ASSOCIATION_WARNING],                                      // 97.5: A, but a live breach keeps it off the red list
  [],
  [PRAISE, COURT],                                            // black whatever the score
  [],
  [FAILED_CHECK, ASSOCIATION_WARNING, ASSOCIATION_PRAISE],     // 97: A, off the red list
];

/**
 * Demo credit data (SPEC §5), recorded through the ledger so the chain verifies: commendations,
 * general and serious breaches across the demo institutions, one pending repair application, and a
 * recompute so every institution is rated and the three lists are non-empty.
 */
export async function seedCreditDemo(ctx: AppContext): Promise<{ events: number }> {
  const institutions = await ctx.db.selectFrom('institution').select('id').orderBy('created_at').orderBy('id').execute();
  const caller: Caller = { actor: SYSTEM, requestId: 'demo-seed', lang: 'zh' };
  const now = ctx.clock.now();
  const at = new FixedClock(now);
  const atCtx: AppContext = { ...ctx, clock: at };
  // In the order they happened, so the ledger reads like a history.
  const planned = institutions
    .flatMap((inst, i) => (PLAN[i % PLAN.length] ?? []).map((f) => ({ institutionId: inst.id, f })))
    .sort((a, b) => b.f.daysAgo - a.f.daysAgo);
  let repairTarget: { institutionId: string; eventId: string } | undefined;
  for (const { institutionId, f } of planned) {
    const { daysAgo, ...input } = f;
    const occurredAt = new Date(now.getTime() - daysAgo * DAY);
    at.set(new Date(occurredAt.getTime() + DAY)); // recorded the day after
    const recorded = await appendCreditEvent(atCtx, caller, { ...input, institutionId, occurredAt });
    if (!repairTarget && f === LATE_REFUND) repairTarget = { institutionId, eventId: recorded.event.id };
  }
  if (repairTarget) {
    const staff: Caller = { actor: { role: 'institution', sub: 'demo-staff', institutionId: repairTarget.institutionId }, requestId: 'demo-seed', lang: 'zh' };
    await applyForRepair(ctx, staff, repairTarget.institutionId, {
      eventId: repairTarget.eventId,
      statement: '逾期款项已全额退还，并已建立退费台账和双人复核制度。',
      evidence: { refundVoucher: '退费凭证 2026-0312', ledger: '退费台账（扫描件）' },
    });
  }
  await recomputeAllRatings(ctx, { caller });
  return { events: planned.length };
}
