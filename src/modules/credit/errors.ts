import { defineErrors } from '../../http/error-catalog';

export const creditErrors = defineErrors({
  CREDIT_EVENT_NOT_FOUND: {
    status: 404,
    title: { zh: '信用记录不存在', en: 'Credit event not found' },
    detail: { zh: '没有找到编号为 {id} 的信用记录。', en: 'No credit event with id {id}.' },
  },
  CREDIT_POINTS_NOT_ALLOWED: {
    status: 422,
    title: { zh: '信用分值不符合政策', en: 'Points not allowed by the policy' },
    detail: {
      zh: '规则 {rule}：分值应为（或不超过）{limit}，提交的是 {value}（政策版本 {policyVersion}）。',
      en: 'Rule {rule}: the points must be (or not exceed) {limit}; got {value} (policy version {policyVersion}).',
    },
  },
  CREDIT_OCCURRED_IN_FUTURE: {
    status: 422,
    title: { zh: '发生时间晚于当前时间', en: 'Occurred in the future' },
    detail: { zh: '信用事项发生时间 {occurredAt} 晚于当前时间 {now}。', en: 'The event occurred at {occurredAt}, after now ({now}).' },
  },
  CREDIT_SOURCE_NOT_ALLOWED: {
    status: 403,
    title: { zh: '无权记录此类信用事项', en: 'Not allowed to record this event' },
    detail: {
      zh: '培训协会只能记录来源为协会的表彰或警示（一般失信），不能记录 {severity}/{source}。',
      en: 'The association may record association-sourced commendations and warnings (general) only, not {severity}/{source}.',
    },
  },
  CREDIT_EVENT_NOT_REVERSIBLE: {
    status: 409,
    title: { zh: '该信用记录不能更正撤销', en: 'Event cannot be reversed' },
    detail: { zh: '信用记录 {id} 不能撤销：{reason}。', en: 'Credit event {id} cannot be reversed: {reason}.' },
  },
  CREDIT_EVENT_NOT_REPAIRABLE: {
    status: 409,
    title: { zh: '该信用记录不能申请修复', en: 'Event cannot be repaired' },
    detail: { zh: '信用记录 {id} 不能申请信用修复：{reason}。', en: 'Credit event {id} cannot be repaired: {reason}.' },
  },
  CREDIT_REPAIR_TOO_EARLY: {
    status: 422,
    title: { zh: '未满最短公示期，暂不能申请信用修复', en: 'Too early for credit repair' },
    detail: {
      zh: '按《市场监督管理信用修复管理办法》（国市监信规〔2021〕3号），该记录须公示满 {limit} 日，最早可于 {earliest} 申请修复。',
      en: 'The event must be published for at least {limit} days (国市监信规〔2021〕3号); the earliest repair application date is {earliest}.',
    },
  },
  CREDIT_REPAIR_PENDING: {
    status: 409,
    title: { zh: '已有待审核的修复申请', en: 'A repair application is pending' },
    detail: { zh: '信用记录 {eventId} 已有待审核的修复申请 {repairId}。', en: 'Credit event {eventId} already has a pending repair application {repairId}.' },
  },
  CREDIT_REPAIR_NOT_FOUND: {
    status: 404,
    title: { zh: '信用修复申请不存在', en: 'Repair application not found' },
    detail: { zh: '没有找到编号为 {id} 的信用修复申请。', en: 'No credit repair application with id {id}.' },
  },
  CREDIT_REPAIR_DECIDED: {
    status: 409,
    title: { zh: '修复申请已处理', en: 'Repair application already decided' },
    detail: { zh: '信用修复申请 {id} 已经{decision}，不能再次处理。', en: 'Credit repair application {id} was already {decision}.' },
  },
});
