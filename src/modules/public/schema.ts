import { z } from 'zod';
import { IdParams } from '../../http/fields';
import { PageQuery, pageSchema } from '../../http/pagination';

/** What families and the press may see: licence, status, grade and list, never staff or students. */
export const PublicInstitution = z
  .object({
    id: z.string(),
    uscc: z.string(),
    name: z.string(),
    districtCode: z.string(),
    districtName: z.string(),
    address: z.string(),
    categories: z.array(z.string()),
    mode: z.string(),
    licence: z.object({ number: z.string(), expiresOn: z.string() }).nullable(),
    status: z.string(),
    grade: z.enum(['A', 'B', 'C', 'D']).nullable(),
    list: z.enum(['red', 'watch', 'black']).nullable(),
  })
  .meta({ id: 'PublicInstitution' });

export const PublicInstitutionPage = pageSchema(PublicInstitution).meta({ id: 'PublicInstitutionPage' });

export const PublicSearch = PageQuery.extend({ q: z.string().min(1).max(100).optional(), districtCode: z.string().regex(/^\d{6}$/).optional() });

export const PublicParams = IdParams;
