import { toJsonSchema } from '../asm/schema/toJsonSchema';
import { operationStatusSchema } from '../facade/schemas/operationStatusSchema';
import { problemSchema } from '../facade/schemas/problemSchema';
import { RETRY_AFTER_SECONDS } from '../facade/output/operationStatusResponse';
import { healthReportSchema } from '../health/healthReportSchema';

const problem = (description: string) => ({
    description,
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

/** The error responses, by status, every operation refers to. */
export const ERROR_RESPONSES = {
    '400': 'BadRequest',
    '404': 'NotFound',
    '409': 'Conflict',
    '413': 'ContentTooLarge',
    '415': 'UnsupportedMediaType',
    '429': 'TooManyRequests',
    '500': 'InternalError',
    '502': 'BadGateway',
    '503': 'ServiceUnavailable',
    '504': 'GatewayTimeout',
} as const;

/** Schemas, responses, parameters, headers and security schemes shared by every operation. */
export function openApiComponents() {
    return {
        schemas: {
            Problem: toJsonSchema(problemSchema, { direction: 'response' }),
            OperationStatus: toJsonSchema(operationStatusSchema, { direction: 'response' }),
            HealthReport: toJsonSchema(healthReportSchema, { direction: 'response' }),
        },
        responses: {
            Accepted: {
                description: `The asynchronous operation started; follow it at Location (GET /operations/{requestId}), after Retry-After seconds.`,
                headers: { Location: { $ref: '#/components/headers/Location' }, 'Retry-After': { $ref: '#/components/headers/Retry-After' } },
                content: { 'application/json': { schema: { $ref: '#/components/schemas/OperationStatus' } } },
            },
            Finished: {
                description: 'With ?wait=true: the asynchronous operation succeeded within ASM_WAIT_MAX_SECONDS.',
                content: { 'application/json': { schema: { $ref: '#/components/schemas/OperationStatus' } } },
            },
            BadRequest: problem('Invalid input (errors lists each field), or ASM refused the request (its code and requestId).'),
            NotFound: problem('ASM has no such resource (code ResourceNotFound).'),
            Conflict: problem('The resource’s state forbids it: it exists, is in use, or another operation holds it (code ConflictError).'),
            ContentTooLarge: problem('The request body is over 256 KiB.'),
            UnsupportedMediaType: problem('The request body is not application/json.'),
            TooManyRequests: problem('ASM throttled the subscription.'),
            InternalError: problem('The function app is misconfigured (code ConfigurationError) or failed unexpectedly.'),
            BadGateway: problem('ASM does not accept the management certificate, it cannot be loaded, a TLS failure, or ASM answered something unusable.'),
            ServiceUnavailable: problem('ASM (or the certificate’s vault) is unavailable.'),
            GatewayTimeout: problem('ASM did not answer in time.'),
        },
        parameters: {
            wait: {
                name: 'wait',
                in: 'query',
                required: false,
                description: 'Wait for the asynchronous operation to end (at most ASM_WAIT_MAX_SECONDS, default 200 s); answers 202 as without it when it takes longer.',
                schema: { type: 'boolean', default: false },
            },
        },
        headers: {
            Location: { description: 'The operation’s status URL.', schema: { type: 'string', format: 'uri' } },
            'Retry-After': { description: 'Seconds to wait before polling.', schema: { type: 'integer', minimum: 0, default: RETRY_AFTER_SECONDS } },
        },
        securitySchemes: {
            functionKey: { type: 'apiKey', in: 'header', name: 'x-functions-key', description: 'A function or host key of the Function App.' },
            functionKeyQuery: { type: 'apiKey', in: 'query', name: 'code', description: 'The same key as a query parameter.' },
        },
    };
}
