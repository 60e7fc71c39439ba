import { type Infer, s } from '../schema/schema';

/**
 * The status of an asynchronous operation (GET /{sub}/operations/{requestId}). `<ID>` is the request id formatted
 * as a GUID; `<HttpStatusCode>` and `<Error>` appear once the operation has finished.
 */
export const operationSchema = s.object('Operation', {
    id: s.string('ID', { required: true }),
    status: s.string('Status', { required: true, enum: ['InProgress', 'Succeeded', 'Failed'] }),
    httpStatusCode: s.int('HttpStatusCode'),
    error: s.object('Error', {
        code: s.string('Code'),
        message: s.string('Message'),
    }),
});

export const operationDocument = s.document('Operation', operationSchema.fields);

export type Operation = Infer<typeof operationSchema>;
