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
    /** The endpoint's origin and base path (`endpointParts`): `https://management.core.windows.net` and `''`. */
    readonly origin: string;
    readonly basePath: string;
    readonly userAgent?: string;
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
    const { origin, basePath } = target;
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
