import { z } from 'zod';
import { pageSchema, PageQuery } from '../../http/pagination';

export const AuditQuery = PageQuery.extend({
  subjectType: z.string().max(64).optional(),
  subjectId: z.string().max(64).optional(),
  institutionId: z.uuid().optional(),
  action: z.string().max(64).optional(),
});

export const AuditEntry = z
  .object({
    id: z.number().int(),
    occurredAt: z.iso.datetime({ offset: true }),
    actor: z.object({ sub: z.string(), role: z.string(), institutionId: z.string().nullable(), district: z.string().nullable() }),
    action: z.string(),
    subjectType: z.string(),
    subjectId: z.string(),
    institutionId: z.string().nullable(),
    requestId: z.string(),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'AuditEntry' });

export const AuditPage = pageSchema(AuditEntry).meta({ id: 'AuditPage' });
