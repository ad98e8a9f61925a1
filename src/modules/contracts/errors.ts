import { defineErrors } from '../../http/error-catalog';

/**
 * Errors of the contracts capability, as plain classes. The HTTP layer maps them to its
 * AppError codes; `code` is stable so that mapping can be a lookup.
 */

export class ContractsError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
    this.name = new.target.name;
  }
}

export class TemplateNotFound extends ContractsError {
  readonly templateId: string;
  constructor(templateId: string) {
    super('CONTRACT_TEMPLATE_NOT_FOUND', `contract template "${templateId}" does not exist`);
    this.templateId = templateId;
  }
}

export class TemplateVersionNotFound extends ContractsError {
  readonly templateId: string;
  readonly version: string;
  readonly available: string[];
  constructor(templateId: string, version: string, available: string[]) {
    super(
      'CONTRACT_TEMPLATE_VERSION_NOT_FOUND',
      `contract template "${templateId}" has no version "${version}" (available: ${available.join(', ') || 'none'})`,
    );
    this.templateId = templateId;
    this.version = version;
    this.available = available;
  }
}

export class TemplateLanguageNotAvailable extends ContractsError {
  readonly templateId: string;
  readonly version: string;
  readonly language: string;
  constructor(templateId: string, version: string, language: string) {
    super(
      'CONTRACT_TEMPLATE_LANGUAGE_NOT_AVAILABLE',
      `contract template "${templateId}" ${version} has no "${language}" text`,
    );
    this.templateId = templateId;
    this.version = version;
    this.language = language;
  }
}

/** The manifest or a text of a template on disk is inconsistent (a packaging bug, not user input). */
export class TemplateInvalid extends ContractsError {
  readonly problems: string[];
  constructor(templateId: string, version: string, problems: string[]) {
    super('CONTRACT_TEMPLATE_INVALID', `contract template "${templateId}" ${version} is invalid: ${problems.join('; ')}`);
    this.problems = problems;
  }
}

/**
 * Filling a template without a value for every placeholder it uses. A blank in a contract is
 * how unfair terms get added by hand later, so a missing value is an error, never an empty string.
 */
export class TemplateValuesMissing extends ContractsError {
  readonly missing: string[];
  constructor(missing: string[]) {
    super('CONTRACT_TEMPLATE_VALUES_MISSING', `missing values for placeholders: ${missing.join(', ')}`);
    this.missing = missing;
  }
}

/*
 * The HTTP answers of the contracts capability. The template codes match the `code` of the plain
 * classes above, so http-errors.ts maps one to the other by lookup.
 */
export const contractErrors = defineErrors({
  CONTRACT_NOT_FOUND: {
    status: 404,
    title: { zh: '合同不存在', en: 'Contract not found' },
    detail: { zh: '没有找到编号为 {id} 的备案合同。', en: 'No filed contract with id {id}.' },
  },
  CONTRACT_VERSION_NOT_FOUND: {
    status: 404,
    title: { zh: '合同版本不存在', en: 'Contract version not found' },
    detail: { zh: '合同 {contractId} 没有第 {version} 版。', en: 'Contract {contractId} has no version {version}.' },
  },
  CONTRACT_TEMPLATE_NOT_FOUND: {
    status: 404,
    title: { zh: '示范文本不存在', en: 'Contract template not found' },
    detail: { zh: '没有名为 {templateId} 的合同示范文本。', en: 'There is no contract template "{templateId}".' },
  },
  CONTRACT_TEMPLATE_VERSION_NOT_FOUND: {
    status: 404,
    title: { zh: '示范文本版本不存在', en: 'Template version not found' },
    detail: {
      zh: '示范文本 {templateId} 没有版本 {version}（现有版本：{available}）。',
      en: 'Template {templateId} has no version {version} (available: {available}).',
    },
  },
  CONTRACT_TEMPLATE_LANGUAGE_NOT_AVAILABLE: {
    status: 422,
    title: { zh: '示范文本无此语言', en: 'Template language not available' },
    detail: { zh: '示范文本 {templateId} {version} 没有 {language} 文本。', en: 'Template {templateId} {version} has no "{language}" text.' },
  },
  // A blank in a signed contract is where unfair terms get written in by hand (SAMR 合同行政监督管理办法 第七条).
  CONTRACT_TEMPLATE_VALUES_MISSING: {
    status: 422,
    title: { zh: '示范文本缺少填写内容', en: 'Template values missing' },
    detail: {
      zh: '以下占位符没有取值：{missing}。其中取自机构或课程备案信息的（fromRegistry）请先完善备案或指定 courseId。',
      en: 'No value for these placeholders: {missing}. Those taken from the registry (fromRegistry) need the institution or course record completed, or a courseId.',
    },
  },
  CONTRACT_TEMPLATE_VALUES_FROM_REGISTRY: {
    status: 422,
    title: { zh: '该内容取自备案信息', en: 'Value comes from the registry' },
    detail: {
      zh: '{fields} 取自机构和课程的备案信息，不能在合同中另行填写；如有变化请先变更备案。',
      en: '{fields} are taken from the institution and course records and cannot be given here; change the records instead.',
    },
  },
  CONTRACT_TEMPLATE_VALUES_UNKNOWN: {
    status: 422,
    title: { zh: '示范文本没有这些占位符', en: 'Unknown template placeholders' },
    detail: { zh: '示范文本 {templateId} {version} 没有以下占位符：{unknown}。', en: 'Template {templateId} {version} has no placeholders {unknown}.' },
  },
  CONTRACT_COURSE_NOT_FILED: {
    status: 422,
    title: { zh: '课程未备案', en: 'Course not filed' },
    detail: { zh: '课程 {courseId} 已撤回备案，不能据此订立合同。', en: 'Course {courseId} was withdrawn and cannot be contracted for.' },
  },
  CONTRACT_INSTITUTION_NOT_FILING: {
    status: 409,
    title: { zh: '当前状态不能备案合同', en: 'Institution cannot file contracts now' },
    detail: { zh: '机构状态为 {institutionStatus}，不能备案合同。', en: 'The institution is {institutionStatus} and cannot file contracts.' },
  },
  RECTIFICATION_CASE_NOT_FOUND: {
    status: 404,
    title: { zh: '整改事项不存在', en: 'Rectification case not found' },
    detail: { zh: '没有找到编号为 {id} 的整改事项。', en: 'No rectification case with id {id}.' },
  },
  RECTIFICATION_CASE_CLOSED: {
    status: 409,
    title: { zh: '整改事项已办结', en: 'Rectification case closed' },
    detail: { zh: '整改事项 {noticeNumber} 已于 {closedAt} 办结，不能再答复。', en: 'Case {noticeNumber} was closed on {closedAt}; it takes no more replies.' },
  },
});
