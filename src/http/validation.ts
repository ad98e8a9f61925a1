import { z } from 'zod';
import { AppError, type FieldError } from './errors';
import type { Lang } from './i18n';

const locales = { zh: z.locales.zhCN(), en: z.locales.en() };

/*
 * Messages our own schemas raise are keys ('@money'), translated here, so a schema is written once
 * and answers in the caller's language.
 */
const messages: Record<string, { zh: string; en: string }> = {
  '@money': { zh: '金额必须是最多两位小数的十进制字符串，例如 "1234.50"', en: 'must be a decimal string with at most two decimals, e.g. "1234.50"' },
  '@date': { zh: '必须是有效日期 YYYY-MM-DD', en: 'must be a valid date YYYY-MM-DD' },
  '@datetime': { zh: '必须是带时区的 ISO 8601 时间', en: 'must be an ISO 8601 time with an offset' },
  '@control_chars': { zh: '不得包含控制字符', en: 'must not contain control characters' },
  '@binary_text': { zh: '不得包含二进制数据或无法识别的字符', en: 'must not contain binary data or unreadable characters' },
  '@blank': { zh: '不得为空白', en: 'must not be blank' },
  '@uuid': { zh: '必须是 UUID', en: 'must be a UUID' },
  '@positive': { zh: '必须大于零', en: 'must be greater than zero' },
  '@district': { zh: '必须是上海市的区划代码（310101…310151）', en: 'must be a Shanghai district code (310101…310151)' },
};

function translate(message: string, lang: Lang): string {
  return messages[message]?.[lang] ?? message;
}

function toFieldErrors(error: z.ZodError, prefix: string, lang: Lang): FieldError[] {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: translate(issue.message, lang),
    code: issue.code,
  }));
}

/** Parses `value` or throws a 400 problem listing every issue, in the caller's language. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, where: string, lang: Lang): z.output<S> {
  const result = schema.safeParse(value, { error: locales[lang].localeError } as z.core.ParseContext<z.core.$ZodIssue>);
  if (result.success) return result.data;
  const errors = toFieldErrors(result.error, where, lang);
  throw new AppError('VALIDATION_FAILED', { count: errors.length }, { errors });
}
