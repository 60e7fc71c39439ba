import { catalogue } from '../asm/operations/catalogue';
import { appContext } from '../app/appContext';
import type { AppServices } from '../app/AppServices';
import { createOperationHandler } from './createOperationHandler';
import type { FacadeFunction } from './FacadeFunction';
import { routeOf } from './routes/routeOf';

/**
 * The HTTP functions of one catalogue resource (`hostedServices`, `deployments`, …): one per operation, named by
 * the operation, on its facade route and method, with function-level keys. Nothing is configured or connected
 * until a request arrives, so registering them never throws for configuration.
 */
export function operationFunctions(resource: string, services: () => AppServices = appContext): readonly FacadeFunction[] {
    return catalogue
        .filter((spec) => spec.resource === resource)
        .map((spec) => {
            const { method, route } = routeOf(spec);
            return {
                name: spec.name,
                options: { methods: [method], route, authLevel: 'function', handler: createOperationHandler(spec, services) },
            };
        });
}
