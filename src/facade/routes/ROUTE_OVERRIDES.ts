import type { HttpMethod } from '../../asm/operations/OperationSpec';

/**
 * Facade routes that the derivation rules (see routeOf.ts) cannot give, by operation name: the one place where a
 * route is written by hand. `swapDeployment` is a POST on the cloud service's own ASM path, which says nothing
 * about swapping; the facade names the action.
 */
export const ROUTE_OVERRIDES: Readonly<Record<string, { readonly method: HttpMethod; readonly route: string }>> = {
    swapDeployment: { method: 'POST', route: 'hostedservices/{serviceName}/swap' },
};
