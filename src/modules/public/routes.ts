import type { z } from 'zod';
import type { AppContext } from '../../context';
import type { Api } from '../../http/api';
import { AppError } from '../../http/errors';
import type { Lang } from '../../http/i18n';
import { decodeCursor, toPage } from '../../http/pagination';
import { districtName } from '../institutions/mapper';
import * as queries from '../institutions/queries';
import { publicRatings } from '../credit/lists';
import { PublicInstitution, PublicInstitutionPage, PublicParams, PublicSearch } from './schema';

/** Institutions the public may look up: every one that has passed review. */
const PUBLISHED_STATUSES = ['active', 'rectifying', 'suspended', 'closing', 'closed', 'revoked'];

/** Grade and list come from the stored credit rating (null until the institution is first rated). */
function toPublic(
  row: queries.InstitutionRow,
  lang: Lang,
  rating: { grade: 'A' | 'B' | 'C' | 'D'; list: 'red' | 'watch' | 'black' | null } | undefined,
): z.infer<typeof PublicInstitution> {
  return {
    id: row.id,
    uscc: row.uscc,
    name: row.name,
    districtCode: row.district_code,
    districtName: districtName(row.district_code, lang),
    address: row.address,
    categories: row.categories,
    mode: row.mode,
    licence: row.licence_number && row.licence_expires_on ? { number: row.licence_number, expiresOn: row.licence_expires_on } : null,
    status: row.status,
    grade: rating?.grade ?? null,
    list: rating?.list ?? null,
  };
}

export function registerPublicRoutes(api: Api, ctx: AppContext): void {
  api.route({
    method: 'get',
    path: '/public/institutions',
    summary: '公开查询培训机构 / Look up institutions (public)',
    tags: ['public'],
    access: 'public',
    query: PublicSearch,
    response: PublicInstitutionPage,
    handler: async ({ query, caller }) => {
      const rows = await queries.listInstitutions(
        ctx.db,
        { scope: { kind: 'all' }, q: query.q, districtCode: query.districtCode, statusIn: PUBLISHED_STATUSES },
        query.limit,
        decodeCursor(query.cursor),
      );
      const ratings = await publicRatings(ctx.db, rows.map((r) => r.id));
      return toPage(rows, query.limit, (r) => toPublic(r, caller.lang, ratings.get(r.id)));
    },
  });
  api.route({
    method: 'get',
    path: '/public/institutions/{id}',
    summary: '公开的机构信息 / An institution’s public record',
    tags: ['public'],
    access: 'public',
    params: PublicParams,
    response: PublicInstitution,
    handler: async ({ params, caller }) => {
      const row = await queries.findInstitution(ctx.db, params.id);
      if (!row || !PUBLISHED_STATUSES.includes(row.status)) throw new AppError('INSTITUTION_NOT_FOUND', { id: params.id });
      const ratings = await publicRatings(ctx.db, [row.id]);
      return toPublic(row, caller.lang, ratings.get(row.id));
    },
  });
}
