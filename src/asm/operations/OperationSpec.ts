import type { BodySchema, Infer, ScalarField } from '../schema/schema';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** x-ms-version values real clients send; the default is the Python SDK's. */
export const DEFAULT_X_MS_VERSION = '2014-10-01';

/** A path parameter: `{serviceName}` in the path template, validated as a string field. */
export type PathParam = ScalarField & { readonly kind: 'string' };

/**
 * A query parameter of an operation.
 * - `value`: the parameter's own value is sent (`embed-detail=true`, `location=West US`).
 * - `flag`: a boolean parameter that, when true, adds a fixed pair (`complete: true` → `comp=media`).
 */
export type QueryParam =
    | { readonly mode: 'value'; readonly name: string; readonly field: ScalarField }
    | { readonly mode: 'flag'; readonly name: string; readonly value: string; readonly description?: string };

/**
 * One ASM operation, described once. The client, the emulator's router, the HTTP facade, the CLI and the OpenAPI
 * document are all derived from these entries.
 */
export interface OperationSpec<Req extends BodySchema | undefined = BodySchema | undefined, Res extends BodySchema | undefined = BodySchema | undefined> {
    /** The Python SDK method name in camelCase (`listHostedServices`). */
    readonly name: string;
    readonly summary: string;
    /** Resource group, for docs and routes (`hostedServices`, `deployments`, …). */
    readonly resource: string;
    readonly method: HttpMethod;
    /** Path template below the endpoint, starting with `/{subscriptionId}` (or `/subscriptions`). */
    readonly path: string;
    /** Query pairs always sent (`comp=status`). */
    readonly fixedQuery?: Readonly<Record<string, string>>;
    /** Path parameters in template order (subscriptionId excluded: it comes from the client's configuration). */
    readonly pathParams?: Readonly<Record<string, PathParam>>;
    /** Optional query parameters, keyed by the camelCase parameter name. */
    readonly query?: Readonly<Record<string, QueryParam>>;
    readonly xMsVersion: string;
    /** Status codes that mean success. */
    readonly statuses: readonly number[];
    /**
     * Async operations answer 202 with `x-ms-request-id`, to be followed with getOperationStatus.
     * `whenFlag:<param>`: asynchronous only when that flag query parameter is set (deleteHostedService complete).
     */
    readonly async: boolean | `whenFlag:${string}`;
    /** Request body schema (root element + fields); the body parameter is named `body` unless `bodyParam` says. */
    readonly request?: Req;
    /** Response body schema, when the success response carries one. */
    readonly response?: Res;
    /**
     * Request fields the operation pins, keyed by the request model's camelCase field name
     * (`{ operationType: 'ShutdownRoleOperation' }`); the caller never sets them.
     *
     * This is THE pinning mechanism of the catalogue. The role operations share one path and differ by body root,
     * and each body repeats its kind in `<OperationType>`. That element is still described in the request schema
     * (a required string with a one-value `enum`), so the document's element order, parsing, OpenAPI and
     * validation stay schema-driven; clients merge these constants into the body before writing it, and whoever
     * validates an incoming body (emulator, facade) does so after that merge.
     */
    readonly requestConstants?: Readonly<Record<string, string>>;
}

export type RequestOf<O> = O extends OperationSpec<infer Req, BodySchema | undefined> ? (Req extends BodySchema ? Infer<Req> : undefined) : never;
export type ResponseOf<O> = O extends OperationSpec<BodySchema | undefined, infer Res> ? (Res extends BodySchema ? Infer<Res> : undefined) : never;

/** Identity helper that keeps the literal types of a spec (path params, query, async mode, constants). */
export function defineOperation<const S extends OperationSpec>(spec: S): S {
    return spec;
}
