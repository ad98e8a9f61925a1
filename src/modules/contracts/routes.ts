import type { AppContext } from '../../context';
import { RawResponse, type Api } from '../../http/api';
import * as contracts from './contract-service';
import { fileContract, fileRevision } from './filing-service';
import { CONTRACT_READERS } from './policy';
import { registerRectificationRoutes } from './rectification-routes';
import { scanText } from './scan-service';
import {
  ContractDetail,
  ContractFiling,
  ContractFilingInput,
  ContractListQuery,
  ContractPage,
  ContractParams,
  ContractRevisionInput,
  ContractVersion,
  InstitutionParams,
  ScanInput,
  ScanResult,
  TemplateDetail,
  TemplateList,
  TemplateParams,
  VersionParams,
} from './schema';
import { getContractTemplate, listContractTemplates } from './template-service';

const TAGS = ['contracts'];

/** SPEC §4: the scanner, the model contracts, filed contracts and rectification cases. */
export function registerContractRoutes(api: Api, ctx: AppContext): void {
  api.route({
    method: 'post',
    path: '/contracts/scan',
    summary: '扫描合同不公平格式条款 / Scan a contract for unfair clauses',
    description:
      'Returns findings with exact spans (JavaScript string indices, end exclusive), legal basis and a fair wording, in the caller’s language. ' +
      'Nothing is stored. Numeric rules use the single-charge limits of the policy in force.',
    tags: TAGS,
    access: 'authenticated',
    body: ScanInput,
    response: ScanResult,
    problems: [413],
    handler: ({ body, caller }) => scanText(ctx, caller, body),
  });
  api.route({
    method: 'get',
    path: '/contract-templates',
    summary: '合同示范文本 / Model contracts',
    tags: TAGS,
    access: 'authenticated',
    response: TemplateList,
    handler: async () => listContractTemplates(),
  });
  api.route({
    method: 'get',
    path: '/contract-templates/{id}/versions/{version}',
    summary: '示范文本的一个版本 / One version of a model contract',
    description: 'Texts in zh-CN and en, placeholders (and which come from the registry), mandatory clauses. `version` is v1, 1 or latest.',
    tags: TAGS,
    access: 'authenticated',
    params: TemplateParams,
    response: TemplateDetail,
    handler: async ({ params }) => getContractTemplate(params.id, params.version),
  });
  api.route({
    method: 'post',
    path: '/institutions/{id}/contracts',
    summary: '合同备案 / File a contract',
    description:
      'A text, or a model template filled with the registry’s institution and course values and the given ones. ' +
      'The version is scanned (mandatory clauses included) and kept; a high finding opens a rectification case.',
    tags: TAGS,
    access: CONTRACT_READERS,
    params: InstitutionParams,
    body: ContractFilingInput,
    response: ContractFiling,
    status: 201,
    problems: [409, 413, 422],
    handler: ({ params, body, caller }) => fileContract(ctx, caller, params.id, body),
  });
  api.route({
    method: 'get',
    path: '/institutions/{id}/contracts',
    summary: '备案合同列表 / Filed contracts',
    tags: TAGS,
    access: CONTRACT_READERS,
    params: InstitutionParams,
    query: ContractListQuery,
    response: ContractPage,
    handler: ({ params, query, caller }) => contracts.listContracts(ctx, caller, params.id, query),
  });
  api.route({
    method: 'get',
    path: '/institutions/{id}/contracts/{contractId}',
    summary: '备案合同详情 / One filed contract',
    description: 'With its versions, the newest scan of the current version and its rectification cases.',
    tags: TAGS,
    access: CONTRACT_READERS,
    params: ContractParams,
    response: ContractDetail,
    handler: ({ params, caller }) => contracts.getContract(ctx, caller, params.id, params.contractId),
  });
  api.route({
    method: 'post',
    path: '/institutions/{id}/contracts/{contractId}/versions',
    summary: '提交修订版本 / File a revised version',
    description: 'A revised version that scans clean of high findings closes the open rectification case.',
    tags: TAGS,
    access: CONTRACT_READERS,
    params: ContractParams,
    body: ContractRevisionInput,
    response: ContractFiling,
    status: 201,
    problems: [409, 413, 422],
    handler: ({ params, body, caller }) => fileRevision(ctx, caller, params.id, params.contractId, body),
  });
  api.route({
    method: 'get',
    path: '/institutions/{id}/contracts/{contractId}/versions/{version}',
    summary: '合同版本 / One version of a filed contract',
    tags: TAGS,
    access: CONTRACT_READERS,
    params: VersionParams,
    response: ContractVersion,
    handler: ({ params, caller }) => contracts.getContractVersion(ctx, caller, params.id, params.contractId, params.version),
  });
  api.route({
    method: 'get',
    path: '/institutions/{id}/contracts/{contractId}/versions/{version}/pdf',
    summary: '合同版本 PDF / A version as PDF',
    tags: TAGS,
    access: CONTRACT_READERS,
    params: VersionParams,
    produces: ['application/pdf'],
    handler: async ({ params, caller }) => {
      const { pdf, filename } = await contracts.contractVersionPdf(ctx, caller, params.id, params.contractId, params.version);
      return new RawResponse('application/pdf', pdf, filename);
    },
  });
  registerRectificationRoutes(api, ctx);
}
