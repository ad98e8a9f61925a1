import type { AppContext } from '../../context';
import type { Api } from '../../http/api';

export function registerCreditRoutes(_api: Api, _ctx: AppContext): void {}
