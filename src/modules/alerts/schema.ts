import { z } from 'zod';
import { text, uuid } from '../../http/fields';
import { PageQuery, pageSchema } from '../../http/pagination';
import { ALERT_KIND_CODES } from './kinds';

export const AlertListQuery = PageQuery.extend({
  kind: z.enum(ALERT_KIND_CODES).optional(),
  severity: z.enum(['info', 'warning', 'critical']).optional(),
  status: z.enum(['open', 'resolved', 'all']).default('open'),
  institutionId: uuid.optional(),
});

export const AlertView = z
  .object({
    id: z.number().int(),
    kind: z.enum(ALERT_KIND_CODES),
    title: z.string(),
    severity: z.enum(['info', 'warning', 'critical']),
    institutionId: z.string().nullable(),
    institutionName: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
    raisedAt: z.string(),
    lastSeenAt: z.string(),
    resolvedAt: z.string().nullable(),
    resolvedBy: z.string().nullable(),
    resolution: z.string().nullable(),
  })
  .meta({ id: 'Alert' });

export const AlertPage = pageSchema(AlertView).meta({ id: 'AlertPage' });

export const AlertParams = z.object({ id: z.coerce.number().int().min(1) });

export const AlertResolution = z.strictObject({ resolution: text(500) }).meta({ id: 'AlertResolution' });

export const AlertResolved = z
  .object({ id: z.number().int(), resolvedAt: z.string(), resolvedBy: z.string(), resolution: z.string() })
  .meta({ id: 'AlertResolved' });
