import type { Localized } from './i18n';

export interface ErrorDefinition {
  status: number;
  title: Localized;
  /** The detail, with {param} placeholders filled from the error's params. */
  detail: Localized;
}

/** Modules declare their errors with this, so each keeps its own codes next to its rules. */
export function defineErrors<const T extends Record<string, ErrorDefinition>>(errors: T): T {
  return errors;
}

export const httpErrors = defineErrors({
  VALIDATION_FAILED: {
    status: 400,
    title: { zh: '请求参数无效', en: 'Invalid request' },
    detail: { zh: '请求中有 {count} 处不符合要求，详见 errors。', en: '{count} problem(s) in the request; see errors.' },
  },
  INVALID_JSON: {
    status: 400,
    title: { zh: '请求体不是有效的 JSON', en: 'Malformed JSON' },
    detail: { zh: '请求体无法解析为 JSON。', en: 'The request body is not valid JSON.' },
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    title: { zh: '不支持的内容类型', en: 'Unsupported media type' },
    detail: { zh: '请求体必须是 application/json。', en: 'The request body must be application/json.' },
  },
  PAYLOAD_TOO_LARGE: {
    status: 413,
    title: { zh: '请求体过大', en: 'Payload too large' },
    detail: { zh: '请求体不得超过 {limit}。', en: 'The request body must not exceed {limit}.' },
  },
  NOT_FOUND: {
    status: 404,
    title: { zh: '资源不存在', en: 'Not found' },
    detail: { zh: '没有找到 {path}。', en: 'Nothing was found at {path}.' },
  },
  METHOD_NOT_ALLOWED: {
    status: 405,
    title: { zh: '不支持的请求方法', en: 'Method not allowed' },
    detail: { zh: '{path} 不支持 {method}。', en: '{path} does not support {method}.' },
  },
  UNAUTHENTICATED: {
    status: 401,
    title: { zh: '未登录或令牌无效', en: 'Not authenticated' },
    detail: { zh: '请提供有效的 Bearer 令牌。', en: 'A valid bearer token is required.' },
  },
  FORBIDDEN: {
    status: 403,
    title: { zh: '无权执行此操作', en: 'Forbidden' },
    detail: { zh: '当前角色（{role}）不能执行此操作。', en: 'Your role ({role}) may not do this.' },
  },
  RATE_LIMITED: {
    status: 429,
    title: { zh: '请求过于频繁', en: 'Too many requests' },
    detail: { zh: '请稍后再试。', en: 'Please try again later.' },
  },
  INVALID_CURSOR: {
    status: 400,
    title: { zh: '分页游标无效', en: 'Invalid cursor' },
    detail: { zh: '分页游标无法识别，请从第一页重新查询。', en: 'The cursor is not recognised; start again from the first page.' },
  },
  CONFLICT: {
    status: 409,
    title: { zh: '与现有数据冲突', en: 'Conflict' },
    detail: { zh: '{what}', en: '{what}' },
  },
  INTERNAL: {
    status: 500,
    title: { zh: '服务器内部错误', en: 'Internal server error' },
    detail: {
      zh: '服务器处理请求时出错，请凭请求编号 {requestId} 联系管理员。',
      en: 'The server failed to handle the request; quote request id {requestId} to the administrators.',
    },
  },
  SERVICE_UNAVAILABLE: {
    status: 503,
    title: { zh: '服务暂不可用', en: 'Service unavailable' },
    detail: { zh: '{what}', en: '{what}' },
  },
});
