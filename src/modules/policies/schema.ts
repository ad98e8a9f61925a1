import { z } from 'zod';
import { PageQuery, pageSchema } from '../../http/pagination';
import { PolicyValues } from './values';

export const PolicyDocument = z
  .object({
    version: z.number().int(),
    values: PolicyValues,
    reason: z.string(),
    changedBy: z.string(),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'Policy' });

export const PolicyPage = pageSchema(PolicyDocument).meta({ id: 'PolicyPage' });

export const PolicyVersionParams = z.object({ version: z.coerce.number().int().min(1) });

export const PolicyListQuery = PageQuery;

/** A change is a JSON merge patch (RFC 7386) of the current values, with the reason for it. */
export const PolicyChange = z
  .strictObject({
    baseVersion: z.number().int().min(1).optional(),
    reason: z.string().trim().min(2).max(500),
    values: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'PolicyChange' });
