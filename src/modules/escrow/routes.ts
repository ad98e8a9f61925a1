import type { AppContext } from '../../context';
import type { Api } from '../../http/api';

export function registerEscrowRoutes(_api: Api, _ctx: AppContext): void {}
