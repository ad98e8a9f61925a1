import type { AppContext } from '../../context';
import type { Api } from '../../http/api';
import { AlertListQuery, AlertPage, AlertParams, AlertResolution, AlertResolved } from './schema';
import { listAlerts, resolveAlert } from './service';

export function registerAlertRoutes(api: Api, ctx: AppContext): void {
  api.route({
    method: 'get',
    path: '/alerts',
    summary: '风险预警 / Early warnings',
    description: 'Open alerts by default (`status=all|resolved` for the history); scoped like institutions.',
    tags: ['alerts'],
    access: ['regulator', 'institution'],
    query: AlertListQuery,
    response: AlertPage,
    handler: ({ query, caller }) => listAlerts(ctx, caller, query),
  });
  api.route({
    method: 'post',
    path: '/alerts/{id}/resolution',
    summary: '处理预警 / Resolve an alert',
    tags: ['alerts'],
    access: ['regulator'],
    params: AlertParams,
    body: AlertResolution,
    response: AlertResolved,
    status: 201,
    problems: [409],
    handler: ({ params, body, caller }) => resolveAlert(ctx, caller, params.id, body.resolution),
  });
}
