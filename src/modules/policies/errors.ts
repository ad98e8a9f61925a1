import { defineErrors } from '../../http/error-catalog';

export const policyErrors = defineErrors({
  POLICY_VERSION_NOT_FOUND: {
    status: 404,
    title: { zh: '政策版本不存在', en: 'Policy version not found' },
    detail: { zh: '没有第 {version} 版政策参数。', en: 'There is no policy version {version}.' },
  },
  POLICY_VERSION_CONFLICT: {
    status: 409,
    title: { zh: '政策参数已被他人修改', en: 'Policy changed meanwhile' },
    detail: {
      zh: '当前政策版本是 {current}，而修改基于第 {base} 版；请基于最新版本重新提交。',
      en: 'The current policy version is {current}, but the change was based on version {base}; resubmit against the latest.',
    },
  },
  POLICY_CHANGE_FORBIDDEN: {
    status: 403,
    title: { zh: '无权修改政策参数', en: 'Policy change forbidden' },
    detail: { zh: '只有市级监管部门可以修改政策参数。', en: 'Only city-level regulators may change policies.' },
  },
  POLICY_INVALID: {
    status: 422,
    title: { zh: '政策参数无效', en: 'Invalid policy values' },
    detail: { zh: '合并后的政策参数有 {count} 处无效，详见 errors。', en: 'The merged policy has {count} invalid value(s); see errors.' },
  },
});
