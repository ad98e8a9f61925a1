import type { z } from 'zod';
import type { Db } from '../../db/transaction';
import type { Lang } from '../../http/i18n';
import * as queries from './queries';
import type { MeasureCatalogue } from './schema';

/*
 * The joint rewards and penalties catalogue (联合奖惩措施清单, 国发〔2016〕33号; SPEC §5), seeded by
 * the credit migration. Each measure is triggered by a list (or a grade); applications and
 * liftings follow every rating change automatically (ratings.ts, applyRatingChanges), and
 * `enforcedBy` names the code that gives a measure its effect (effects.ts for escrow and
 * inspections; the export for notices to other departments).
 */
export async function measureCatalogue(db: Db, lang: Lang): Promise<z.infer<typeof MeasureCatalogue>> {
  const rows = await queries.measureCatalogue(db);
  return {
    items: rows.map((m) => ({
      code: m.code,
      kind: m.kind,
      triggerList: m.trigger_list,
      triggerGrade: m.trigger_grade,
      department: m.department,
      departmentName: lang === 'zh' ? m.department_zh : m.department_en,
      effect: lang === 'zh' ? m.effect_zh : m.effect_en,
      basis: m.basis,
      enforcedBy: m.enforced_by,
      active: m.active,
    })),
  };
}
