import { AppError } from '../../http/errors';
import { ContractsError, TemplateLanguageNotAvailable, TemplateNotFound, TemplateValuesMissing, TemplateVersionNotFound } from './errors';

/**
 * The pure core throws plain ContractsError classes (it knows nothing of HTTP); the service edge
 * turns the ones a client can cause into AppErrors. TemplateInvalid is a packaging bug, not the
 * client's fault, so it stays an unknown error and answers 500 (logged once).
 */
export function toAppError(error: unknown, registryPlaceholders: ReadonlySet<string> = new Set()): unknown {
  if (!(error instanceof ContractsError)) return error;
  if (error instanceof TemplateValuesMissing) {
    return new AppError('CONTRACT_TEMPLATE_VALUES_MISSING', {
      missing: error.missing,
      fromRegistry: error.missing.filter((name) => registryPlaceholders.has(name)),
    });
  }
  if (error instanceof TemplateVersionNotFound) {
    return new AppError('CONTRACT_TEMPLATE_VERSION_NOT_FOUND', { templateId: error.templateId, version: error.version, available: error.available });
  }
  // template-store.ts reports a missing contract-templates directory as "(… not found)": a deployment fault.
  if (error instanceof TemplateNotFound && !error.templateId.startsWith('(')) {
    return new AppError('CONTRACT_TEMPLATE_NOT_FOUND', { templateId: error.templateId });
  }
  if (error instanceof TemplateLanguageNotAvailable) {
    return new AppError('CONTRACT_TEMPLATE_LANGUAGE_NOT_AVAILABLE', { templateId: error.templateId, version: error.version, language: error.language });
  }
  return error;
}

/** Runs `work`, rethrowing the template errors a client can cause as AppErrors. */
export function withTemplateErrors<T>(work: () => T, registryPlaceholders?: ReadonlySet<string>): T {
  try {
    return work();
  } catch (error) {
    throw toAppError(error, registryPlaceholders);
  }
}
