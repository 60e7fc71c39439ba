import type { HttpMethod } from '../../asm/operations/OperationSpec';

/** One endpoint of the HTTP facade: method, route template below `/api` (no leading slash) and its operation id. */
export interface FacadeRoute {
    readonly method: HttpMethod;
    /** Functions route template without the `api/` route prefix: `hostedservices/{serviceName}/deployments`. */
    readonly route: string;
    /** The catalogue operation name, or `health` / `openapi` for the facade's own endpoints. */
    readonly operationId: string;
}
