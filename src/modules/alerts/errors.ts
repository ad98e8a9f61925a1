import { defineErrors } from '../../http/error-catalog';

export const alertErrors = defineErrors({
  ALERT_NOT_FOUND: {
    status: 404,
    title: { zh: '预警不存在', en: 'Alert not found' },
    detail: { zh: '没有编号为 {id} 的预警。', en: 'No alert with id {id}.' },
  },
  ALERT_ALREADY_RESOLVED: {
    status: 409,
    title: { zh: '预警已处理', en: 'Alert already resolved' },
    detail: { zh: '预警 {id} 已经处理完毕。', en: 'Alert {id} is already resolved.' },
  },
});
