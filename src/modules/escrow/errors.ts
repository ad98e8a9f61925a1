import { defineErrors } from '../../http/error-catalog';

export const escrowErrors = defineErrors({});
