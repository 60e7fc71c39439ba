import type { OperationSpec } from '../asm/operations/OperationSpec';
import { isListDocument } from '../asm/schema/schema';
import { toJsonSchema } from '../asm/schema/toJsonSchema';
import { requestBodySchema } from '../facade/input/requestBodySchema';
import { MAX_BODY_BYTES } from '../facade/input/readBodyBytes';
import type { SchemaRegistry } from './createSchemaRegistry';
import { responseJsonSchema } from './responseJsonSchema';
import { ERROR_RESPONSES } from './openApiComponents';

const capitalized = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
const errorRef = (status: keyof typeof ERROR_RESPONSES) => ({ $ref: `#/components/responses/${ERROR_RESPONSES[status]}` });

function parameters(spec: OperationSpec): unknown[] {
    const out: unknown[] = [];
    for (const [name, field] of Object.entries(spec.pathParams ?? {})) {
        out.push({ name, in: 'path', required: true, ...(field.description === undefined ? {} : { description: field.description }), schema: toJsonSchema(field) });
    }
    for (const [name, param] of Object.entries(spec.query ?? {})) {
        if (param.mode === 'flag') {
            out.push({ name, in: 'query', required: false, ...(param.description === undefined ? {} : { description: param.description }), schema: { type: 'boolean', default: false } });
        } else {
            const description = param.field.description;
            out.push({ name, in: 'query', required: false, ...(description === undefined ? {} : { description }), schema: toJsonSchema({ ...param.field, required: false }) });
        }
    }
    if (spec.async !== false) out.push({ $ref: '#/components/parameters/wait' });
    return out;
}

function successResponses(spec: OperationSpec, registry: SchemaRegistry): Record<string, unknown> {
    if (spec.name === 'getOperationStatus') {
        return { '200': { description: 'The operation’s state (Retry-After while InProgress).', content: { 'application/json': { schema: { $ref: '#/components/schemas/OperationStatus' } } } } };
    }
    const out: Record<string, unknown> = {};
    if (spec.async !== true) {
        if (spec.response !== undefined) {
            const schema = spec.response;
            const ref = registry.ref(schema, isListDocument(schema) ? schema.root : schema.root, () => responseJsonSchema(schema));
            out['200'] = { description: isListDocument(schema) ? 'OK: the list, as { "value": [...] }.' : 'OK', content: { 'application/json': { schema: ref } } };
        } else if (spec.statuses.includes(201) && !spec.statuses.includes(200)) {
            out['201'] = { description: 'Created (no content).' };
        } else {
            out['204'] = { description: 'Done (no content).' };
        }
    }
    if (spec.async !== false) {
        out['200'] ??= { $ref: '#/components/responses/Finished' };
        out['202'] = { $ref: '#/components/responses/Accepted' };
    }
    return out;
}

/** The OpenAPI operation object of a catalogue operation: parameters, JSON body, responses and errors, from its spec. */
export function operationObject(spec: OperationSpec, registry: SchemaRegistry): Record<string, unknown> {
    const body = requestBodySchema(spec);
    const hasBody = body !== undefined;
    const requestBody = hasBody
        ? {
              required: isListDocument(body) || Object.values(body.fields).some((f) => f.required === true),
              description: `JSON, at most ${MAX_BODY_BYTES} bytes.`,
              content: { 'application/json': { schema: registry.ref(undefined, `${capitalized(spec.name)}Request`, () => toJsonSchema(body, { direction: 'request' })) } },
          }
        : undefined;
    const errors: Record<string, unknown> = { '400': errorRef('400') };
    if (spec.pathParams !== undefined && Object.keys(spec.pathParams).length > 0) errors['404'] = errorRef('404');
    if (spec.method !== 'GET') errors['409'] = errorRef('409');
    if (hasBody) {
        errors['413'] = errorRef('413');
        errors['415'] = errorRef('415');
    }
    for (const status of ['429', '500', '502', '503', '504'] as const) errors[status] = errorRef(status);
    return {
        operationId: spec.name,
        summary: spec.summary,
        tags: [spec.resource],
        parameters: parameters(spec),
        ...(requestBody === undefined ? {} : { requestBody }),
        responses: { ...successResponses(spec, registry), ...errors },
        'x-asm': {
            method: spec.method,
            path: spec.path,
            ...(spec.fixedQuery === undefined ? {} : { fixedQuery: spec.fixedQuery }),
            xMsVersion: spec.xMsVersion,
            async: spec.async,
            ...(spec.request === undefined ? {} : { requestRoot: spec.request.root }),
        },
    };
}
