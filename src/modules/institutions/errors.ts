import { defineErrors } from '../../http/error-catalog';

export const institutionErrors = defineErrors({
  INSTITUTION_NOT_FOUND: {
    status: 404,
    title: { zh: '培训机构不存在', en: 'Institution not found' },
    detail: { zh: '没有找到编号为 {id} 的培训机构。', en: 'No institution with id {id}.' },
  },
  INSTITUTION_USCC_INVALID: {
    status: 422,
    title: { zh: '统一社会信用代码无效', en: 'Invalid unified social credit code' },
    detail: { zh: '统一社会信用代码 {value} 无效：{reason}。', en: 'The unified social credit code {value} is invalid: {reasonEn}.' },
  },
  INSTITUTION_USCC_TAKEN: {
    status: 409,
    title: { zh: '统一社会信用代码已登记', en: 'Code already registered' },
    detail: { zh: '统一社会信用代码 {value} 已有机构登记。', en: 'An institution with code {value} is already registered.' },
  },
  FOR_PROFIT_SUBJECT_FORBIDDEN: {
    status: 422,
    title: { zh: '营利性机构不得开展学科类培训', en: 'For-profit subject training is forbidden' },
    detail: {
      zh: '营利性机构不得开展义务教育阶段学科类培训（2021 年“双减”意见）。',
      en: 'For-profit institutions may not provide K-12 academic subject training (2021 rule).',
    },
  },
  SUBJECT_REQUIRES_CUSTODY: {
    status: 422,
    title: { zh: '学科类培训须采用银行托管', en: 'Subject training requires custody' },
    detail: {
      zh: '开展学科类培训的机构，预收费必须全部进入银行托管账户（监管方式须为 custody）。',
      en: 'Institutions providing subject training must keep all prepaid fees in bank custody (supervisionMode custody).',
    },
  },
  LICENCE_REQUIRED: {
    status: 422,
    title: { zh: '缺少办学许可或备案信息', en: 'Licence details missing' },
    detail: { zh: '{mode} 机构必须提供 {field}。', en: 'A {mode} institution must provide {field}.' },
  },
  LICENCE_EXPIRED: {
    status: 422,
    title: { zh: '办学许可证已过期', en: 'Licence expired' },
    detail: { zh: '办学许可证有效期至 {expiresOn}，已过期。', en: 'The education licence expired on {expiresOn}.' },
  },
  FOUNDED_IN_FUTURE: {
    status: 422,
    title: { zh: '成立日期无效', en: 'Founding date in the future' },
    detail: { zh: '成立日期 {foundedOn} 晚于今天。', en: 'The founding date {foundedOn} is after today.' },
  },
  DISTRICT_OUT_OF_SCOPE: {
    status: 403,
    title: { zh: '超出管辖范围', en: 'Outside your district' },
    detail: { zh: '区级监管部门只能管理本区（{district}）的机构。', en: 'A district regulator manages institutions of its own district ({district}) only.' },
  },
  ILLEGAL_TRANSITION: {
    status: 409,
    title: { zh: '不允许的状态变更', en: 'Illegal status transition' },
    detail: {
      zh: '机构当前状态为 {from}，不能变更为 {to}；允许的目标状态：{allowed}。',
      en: 'The institution is {from} and cannot move to {to}; allowed: {allowed}.',
    },
  },
  CLOSURE_NOTICE_PERIOD: {
    status: 409,
    title: { zh: '停业公示期未满', en: 'Closure notice period not over' },
    detail: {
      zh: '停业须公示满 {days} 日，最早可于 {earliest} 变更为已关闭。',
      en: 'Closure needs {days} days of public notice; the earliest closing date is {earliest}.',
    },
  },
  INSTITUTION_NOT_FILING: {
    status: 409,
    title: { zh: '当前状态不能备案', en: 'Institution cannot file now' },
    detail: { zh: '机构状态为 {institutionStatus}，不能备案课程或收费。', en: 'The institution is {institutionStatus} and cannot file courses or fees.' },
  },
  COURSE_NOT_FOUND: {
    status: 404,
    title: { zh: '课程不存在', en: 'Course not found' },
    detail: { zh: '没有找到编号为 {id} 的课程。', en: 'No course with id {id}.' },
  },
  COURSE_CODE_TAKEN: {
    status: 409,
    title: { zh: '课程编码重复', en: 'Course code taken' },
    detail: { zh: '本机构已有编码为 {courseCode} 的课程。', en: 'The institution already has a course with code {courseCode}.' },
  },
  COURSE_OUT_OF_SCOPE: {
    status: 422,
    title: { zh: '课程超出经营范围', en: 'Course outside the business scope' },
    detail: {
      zh: '课程类别 {value} 不在机构登记的经营范围（{limit}）内。',
      en: 'The course category {value} is outside the registered scope ({limit}).',
    },
  },
  COURSE_MODE_OUT_OF_SCOPE: {
    status: 422,
    title: { zh: '授课方式与许可不符', en: 'Teaching mode not licensed' },
    detail: {
      zh: '机构许可的授课方式为 {limit}，不能备案 {value} 课程。',
      en: 'The institution is licensed for {limit} teaching and cannot file a {value} course.',
    },
  },
  COURSE_PRICE_OVER_CAP: {
    status: 422,
    title: { zh: '收费超过政府指导价上限', en: 'Fee above the guidance price cap' },
    detail: {
      zh: '学科类课程每课时收费 {value} 元，超过政府指导价上浮后的上限 {limit} 元（{basis}）。',
      en: 'The subject-course fee of {value} yuan per lesson exceeds the guidance-price cap of {limit} yuan ({basis}).',
    },
  },
  COURSE_PERIOD_DAYS: {
    status: 422,
    title: { zh: '收费周期设置有误', en: 'Charging period inconsistent' },
    detail: {
      zh: '按周期收费的课程必须填写周期天数（periodDays）；按课时收费的课程不得填写。',
      en: 'A per-period course needs periodDays; a per-lesson course must not have it.',
    },
  },
});
