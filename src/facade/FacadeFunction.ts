import type { HttpFunctionOptions, HttpRequest, InvocationContext } from '@azure/functions';

import type { FacadeResponse } from './output/FacadeResponse';

/** A facade handler: reads the request, answers JSON or problem+json; never throws. */
export type FacadeHandler = (request: HttpRequest, context: InvocationContext) => Promise<FacadeResponse>;

/** One function of the facade, ready for `app.http(f.name, f.options)`; tests call `f.options.handler` directly. */
export interface FacadeFunction {
    readonly name: string;
    readonly options: Omit<HttpFunctionOptions, 'handler' | 'route' | 'methods' | 'authLevel'> & {
        readonly handler: FacadeHandler;
        readonly route: string;
        readonly methods: NonNullable<HttpFunctionOptions['methods']>;
        readonly authLevel: NonNullable<HttpFunctionOptions['authLevel']>;
    };
}
