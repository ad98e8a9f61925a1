import { defineErrors } from '../../http/error-catalog';

export const creditErrors = defineErrors({});
