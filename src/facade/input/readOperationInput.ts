import type { HttpRequest } from '@azure/functions';

import type { OperationSpec } from '../../asm/operations/OperationSpec';
import { type BodySchema, isListDocument } from '../../asm/schema/schema';
import { validateModel, type ValidationIssue } from '../../asm/schema/validate';
import { LIST_BODY_PARAM } from '../../client/request/requestModel';
import { invalidRequest } from '../problems/invalidRequest';
import { ProblemError } from '../problems/ProblemError';
import { findXmlInvalidText } from './findXmlInvalidText';
import type { OperationInput } from './OperationInput';
import { parseJsonBody } from './parseJsonBody';
import { readBodyBytes } from './readBodyBytes';
import { readPath } from './readPath';
import { readQuery } from './readQuery';
import { requestBodySchema } from './requestBodySchema';

function hasRequiredField(schema: BodySchema): boolean {
    return isListDocument(schema) || Object.values(schema.fields).some((f) => f.required === true);
}

function raise(issues: readonly ValidationIssue[]): void {
    const [first, ...rest] = issues;
    if (first !== undefined) throw invalidRequest([first, ...rest]);
}

async function readBody(spec: OperationSpec, request: HttpRequest, limit: number | undefined): Promise<unknown> {
    const schema = requestBodySchema(spec);
    const bytes = await readBodyBytes(request, limit);
    if (bytes.byteLength === 0) {
        if (schema === undefined) return undefined;
        if (hasRequiredField(schema)) raise([{ path: 'body', message: `is required: ${spec.name} takes a JSON ${isListDocument(schema) ? 'array' : 'object'}` }]);
        return isListDocument(schema) ? [] : {};
    }
    if (schema === undefined) {
        throw new ProblemError({
            kind: 'invalid-request',
            code: 'UnexpectedBody',
            detail: `body: must be empty (${spec.name} takes no request body).`,
            errors: [{ path: 'body', message: `must be empty (${spec.name} takes no request body)` }],
        });
    }
    const body = parseJsonBody(bytes, request.headers.get('content-type'));
    raise([...validateModel(schema, body, 'body'), ...findXmlInvalidText(body, 'body')]);
    return body;
}

/**
 * Reads and validates everything a facade request carries before any ASM call: path values (ASM's name rules),
 * query parameters (known names, types, once each), the body (size ≤ 256 KiB → else 413, Content-Type
 * application/json → else 415, UTF-8 JSON, then the operation's schema: types, required and unknown fields,
 * enums, patterns, lengths; and text XML can carry). Throws a ProblemError whose detail names the first offending
 * field (`path.serviceName`, `query.embedDetail`, `body.label`) and whose `errors` list them all.
 * Returns the client's flattened parameters.
 */
export async function readOperationInput(spec: OperationSpec, request: HttpRequest, options: { readonly maxBodyBytes?: number } = {}): Promise<OperationInput> {
    const path = readPath(spec, request.params);
    const query = readQuery(spec, request.query);
    raise([...path.issues, ...query.issues]);
    const body = await readBody(spec, request, options.maxBodyBytes);
    const params: Record<string, unknown> = { ...path.values, ...query.values };
    const schema = requestBodySchema(spec);
    if (schema !== undefined && body !== undefined) {
        if (isListDocument(schema)) {
            params[LIST_BODY_PARAM] = body;
        } else {
            const fields = body as Readonly<Record<string, unknown>>;
            for (const key of Object.keys(schema.fields)) if (fields[key] !== undefined && fields[key] !== null) params[key] = fields[key];
        }
    }
    return { params, wait: query.wait };
}
