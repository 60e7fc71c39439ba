import { type Infer, s } from '../../asm/schema/schema';

/**
 * What the facade answers about an asynchronous operation: the body of `202 Accepted`, of
 * `GET /api/operations/{requestId}`, and of a `?wait=true` call that saw the operation finish.
 * (Described in the schema language like every body, for the same validation, types and OpenAPI; `xml` is unused.)
 */
export const operationStatusSchema = s.object('OperationStatus', {
    requestId: s.string('RequestId', { required: true, description: 'The x-ms-request-id ASM answered the operation with.' }),
    status: s.string('Status', { required: true, enum: ['InProgress', 'Succeeded', 'Failed'] }),
    statusUrl: s.string('StatusUrl', { required: true, format: 'uri', description: 'Where to follow the operation: GET it.' }),
    httpStatusCode: s.int('HttpStatusCode', { description: 'The status code of the finished operation, as ASM reports it.' }),
    error: s.object(
        'Error',
        { code: s.string('Code'), message: s.string('Message') },
        { description: 'Why the operation failed (status Failed).' },
    ),
});

export type OperationStatusView = Infer<typeof operationStatusSchema>;
