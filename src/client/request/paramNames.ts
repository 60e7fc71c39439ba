import type { OperationSpec } from '../../asm/operations/OperationSpec';
import { isListDocument } from '../../asm/schema/schema';
import { LIST_BODY_PARAM } from './requestModel';

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;

/** Where each flattened parameter of an operation goes. */
export interface ParamNames {
    readonly path: readonly string[];
    readonly query: readonly string[];
    readonly body: readonly string[];
}

/** The parameter names an operation accepts: its path placeholders (not subscriptionId), query keys, body fields. */
export function paramNames(spec: OperationSpec): ParamNames {
    const path = [...spec.path.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').filter((n) => n !== '' && n !== 'subscriptionId');
    const query = Object.keys(spec.query ?? {});
    const schema = spec.request;
    const body = schema === undefined ? [] : isListDocument(schema) ? [LIST_BODY_PARAM] : Object.keys(schema.fields);
    return { path, query, body };
}
