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
