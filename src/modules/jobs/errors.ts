import { defineErrors } from '../../http/error-catalog';

export const jobErrors = defineErrors({
  JOB_NOT_FOUND: {
    status: 404,
    title: { zh: '任务不存在', en: 'Job not found' },
    detail: { zh: '没有名为 {name} 的定时任务。', en: 'There is no job named {name}.' },
  },
  JOB_ALREADY_RUNNING: {
    status: 409,
    title: { zh: '任务正在运行', en: 'Job already running' },
    detail: { zh: '任务 {name} 正在运行，请稍后查看结果。', en: 'Job {name} is running already; check its runs later.' },
  },
});
