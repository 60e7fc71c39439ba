import type { OperationSpec } from '../asm/operations/OperationSpec';
import type { AsmHttpRequest } from './request/AsmHttpRequest';
import type { BodySchema, Infer } from '../asm/schema/schema';
import { toXml } from '../xml/modelXml';
import { buildQuery } from './request/buildQuery';
import { expandPath } from './request/expandPath';
import { requestModel } from './request/requestModel';
import { validateParams } from './request/validateParams';
import { validateRequest } from './request/validateRequest';

export interface RequestTarget {
    readonly subscriptionId: string;
    /** `https://management.core.windows.net`, optionally with a base path (`https://127.0.0.1:8443/asm`). */
    readonly endpoint: string;
    readonly userAgent?: string;
}

/** The origin and base path of an endpoint, parsed once for the endpoint a client keeps using. */
let lastEndpoint: { readonly endpoint: string; readonly origin: string; readonly basePath: string } | undefined;
function endpointParts(endpoint: string): { readonly origin: string; readonly basePath: string } {
    if (lastEndpoint?.endpoint !== endpoint) {
        const url = new URL(endpoint);
        lastEndpoint = { endpoint, origin: url.origin, basePath: url.pathname.replace(/\/+$/, '') };
    }
    return lastEndpoint;
}

/**
 * Turns an operation spec and the flattened parameters of a call into the request to send: method, origin,
 * encoded path + query, headers (`x-ms-version` of the spec, `Accept: application/xml`, `Content-Type:
 * application/xml` with a body) and the XML body. Validates first (unknown names, then the catalogue's schemas):
 * throws AsmValidationError before anything is sent.
 */
export function buildRequest(spec: OperationSpec, rawParams: unknown, target: RequestTarget): AsmHttpRequest {
    const params = validateParams(spec, rawParams);
    const model = requestModel(spec, params);
    validateRequest(spec, params, model);
    const expanded = expandPath(spec, params, target.subscriptionId);
    const [pathPart = '', inlineQuery = ''] = expanded.split('?', 2);
    const query = [inlineQuery, buildQuery(spec, params)].filter((q) => q !== '').join('&');
    const schema: BodySchema | undefined = spec.request;
    const body = schema === undefined ? undefined : toXml(schema, model as Infer<typeof schema>);
    const { origin, basePath } = endpointParts(target.endpoint);
    const headers: Record<string, string> = {
        'x-ms-version': spec.xMsVersion,
        accept: 'application/xml',
        ...(target.userAgent === undefined ? {} : { 'user-agent': target.userAgent }),
        ...(body === undefined ? {} : { 'content-type': 'application/xml' }),
    };
    return {
        method: spec.method,
        origin,
        path: `${basePath}${pathPart}${query === '' ? '' : `?${query}`}`,
        headers,
        ...(body === undefined ? {} : { body }),
    };
}
