import type { AppContext } from '../../context';
import type { Api } from '../../http/api';
import { PolicyChange, PolicyDocument, PolicyListQuery, PolicyPage, PolicyVersionParams } from './schema';
import { changePolicy, getCurrentPolicy, getPolicyVersion, listPolicyVersions } from './service';

export function registerPolicyRoutes(api: Api, ctx: AppContext): void {
  api.route({
    method: 'get',
    path: '/policies',
    summary: '现行政策参数 / The policy in force',
    description: 'Every number the rules apply, with its version. Readable by every signed-in role.',
    tags: ['policies'],
    access: 'authenticated',
    response: PolicyDocument,
    handler: () => getCurrentPolicy(ctx),
  });
  api.route({
    method: 'patch',
    path: '/policies',
    summary: '修改政策参数（新版本）/ Change the policy (a new version)',
    description: 'A JSON merge patch of `values` creates a new version. City regulators only.',
    tags: ['policies'],
    access: ['regulator'],
    body: PolicyChange,
    response: PolicyDocument,
    status: 201,
    problems: [409, 422],
    handler: ({ body, caller }) => changePolicy(ctx, caller, body),
  });
  api.route({
    method: 'get',
    path: '/policies/versions',
    summary: '政策参数历史版本 / Policy versions',
    tags: ['policies'],
    access: 'authenticated',
    query: PolicyListQuery,
    response: PolicyPage,
    handler: ({ query }) => listPolicyVersions(ctx, query.limit, query.cursor),
  });
  api.route({
    method: 'get',
    path: '/policies/versions/{version}',
    summary: '某一版本的政策参数 / One policy version',
    tags: ['policies'],
    access: 'authenticated',
    params: PolicyVersionParams,
    response: PolicyDocument,
    handler: ({ params }) => getPolicyVersion(ctx, params.version),
  });
}
