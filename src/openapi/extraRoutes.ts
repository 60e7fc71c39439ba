import { MAX_LIST_TOP } from '../tracking/listTrackedOperations';
import { TRACKED_STATUSES } from '../tracking/TrackedOperation';

/**
 * An HTTP function of the app that is neither a catalogue operation nor health/openapi: operation tracking's list
 * and the cleanup runs. Described here as data (the handlers live in src/tracking and src/cleanup) so that
 * buildOpenApiDocument documents every route the app registers (test/openapi/routeParity.test.ts checks both ways).
 */
export interface ExtraRoute {
    readonly method: 'GET' | 'POST';
    /** Below the route prefix `api`, as registered (`cleanup/runs/{runId}`). */
    readonly route: string;
    readonly operationId: string;
    /** The tag (and its description in the document's tags). */
    readonly tag: string;
    /** The OpenAPI operation object without operationId and tags. */
    readonly operation: Readonly<Record<string, unknown>>;
}

export const EXTRA_TAGS: Readonly<Record<string, string>> = {
    tracking: 'The asynchronous operations the operation tracker follows.',
    cleanup: 'Scheduled cleanup of stale deployments: dry runs (plans), their reports, applying a plan.',
};

const ref = (name: string): { $ref: string } => ({ $ref: `#/components/responses/${name}` });
const json = (description: string, schema: Record<string, unknown>): Record<string, unknown> => ({ description, content: { 'application/json': { schema } } });
const object = (description: string, properties: Record<string, unknown> = {}, required: readonly string[] = []): Record<string, unknown> => ({
    type: 'object',
    description,
    properties,
    ...(required.length > 0 ? { required: [...required] } : {}),
    additionalProperties: true,
});

const RUN = object('A cleanup run: runId, mode, dryRun, status, summary, links (self: its report).', {
    runId: { type: 'string', pattern: '^[0-9A-Za-z-]{1,80}$' },
    mode: { type: 'string' },
    dryRun: { type: 'boolean' },
    status: { type: 'string' },
    summary: { type: 'object' },
    links: { type: 'object', properties: { self: { type: 'string' } } },
}, ['runId']);

const RUN_ID = { name: 'runId', in: 'path', required: true, description: 'The run id (from POST /cleanup/runs).', schema: { type: 'string', pattern: '^[0-9A-Za-z-]{1,80}$' } };

const ACCEPTED_RUN = {
    description: 'The run started; its report is at Location (GET /cleanup/runs/{runId}).',
    headers: { Location: { $ref: '#/components/headers/Location' } },
    content: { 'application/json': { schema: RUN } },
};

/** GET /operations and the four cleanup routes. */
export const EXTRA_ROUTES: readonly ExtraRoute[] = [
    {
        method: 'GET',
        route: 'operations',
        operationId: 'listOperations',
        tag: 'tracking',
        operation: {
            summary: 'The asynchronous operations the tracker follows for this subscription, newest first.',
            parameters: [
                { name: 'status', in: 'query', required: false, description: 'Only operations in this state.', schema: { type: 'string', enum: [...TRACKED_STATUSES] } },
                { name: 'top', in: 'query', required: false, description: 'At most this many.', schema: { type: 'integer', minimum: 1, maximum: MAX_LIST_TOP } },
            ],
            responses: {
                '200': json('The tracked operations, as { "value": [...] }.', {
                    type: 'object',
                    required: ['value'],
                    properties: { value: { type: 'array', items: object('A tracked operation (requestId, status, operation, resource, times, error).') } },
                }),
                '400': ref('BadRequest'),
                '404': { ...ref('NotFound'), description: 'Operation tracking is off in this app (code TrackingDisabled).' },
                '500': ref('InternalError'),
                '503': ref('ServiceUnavailable'),
            },
        },
    },
    {
        method: 'POST',
        route: 'cleanup/runs',
        operationId: 'startCleanupRun',
        tag: 'cleanup',
        operation: {
            summary: 'Starts a cleanup run: a dry run (plan) by default, or plan and delete with {"dryRun": false}.',
            requestBody: {
                required: false,
                description: 'Empty, or { "dryRun": boolean } (nothing else).',
                content: { 'application/json': { schema: { type: 'object', properties: { dryRun: { type: 'boolean', default: true } }, additionalProperties: false } } },
            },
            responses: {
                '202': ACCEPTED_RUN,
                '400': ref('BadRequest'),
                '409': { ...ref('Conflict'), description: 'Another run is active (code CleanupRunActive).' },
                '500': ref('InternalError'),
            },
        },
    },
    {
        method: 'GET',
        route: 'cleanup/runs',
        operationId: 'listCleanupRuns',
        tag: 'cleanup',
        operation: {
            summary: 'The newest cleanup runs.',
            parameters: [{ name: 'limit', in: 'query', required: false, description: 'At most this many (default 20).', schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } }],
            responses: {
                '200': json('The runs, newest first.', { type: 'object', required: ['runs'], properties: { runs: { type: 'array', items: RUN } } }),
                '400': ref('BadRequest'),
                '500': ref('InternalError'),
            },
        },
    },
    {
        method: 'GET',
        route: 'cleanup/runs/{runId}',
        operationId: 'getCleanupRun',
        tag: 'cleanup',
        operation: {
            summary: 'A cleanup run’s report: progress, summary, the hosted services, every decision and why.',
            parameters: [
                RUN_ID,
                { name: 'items', in: 'query', required: false, description: 'false leaves the items (decisions) out.', schema: { type: 'boolean', default: true } },
            ],
            responses: {
                '200': json('The report: the run, its services and (unless items=false) its items.', {
                    ...RUN,
                    properties: { ...(RUN['properties'] as Record<string, unknown>), services: { type: 'array', items: { type: 'object' } }, items: { type: 'array', items: { type: 'object' } } },
                }),
                '400': ref('BadRequest'),
                '404': { ...ref('NotFound'), description: 'No such run (code CleanupRunNotFound).' },
                '500': ref('InternalError'),
            },
        },
    },
    {
        method: 'POST',
        route: 'cleanup/runs/{runId}/apply',
        operationId: 'applyCleanupRun',
        tag: 'cleanup',
        operation: {
            summary: 'Applies exactly the plan of a completed dry run: a new run with its own report.',
            parameters: [RUN_ID],
            responses: {
                '202': ACCEPTED_RUN,
                '400': ref('BadRequest'),
                '404': { ...ref('NotFound'), description: 'No such run (code CleanupRunNotFound).' },
                '409': { ...ref('Conflict'), description: 'Not a completed dry run, already applied (CleanupPlanNotApplicable), or another run is active.' },
                '500': ref('InternalError'),
            },
        },
    },
];
