import { type Infer, s } from '../../asm/schema/schema';

/**
 * RFC 9457 problem details (`application/problem+json`), as every facade error is answered, with our extension
 * members: the ASM error `code`, ASM's `requestId`, the `operationId`, the function `invocationId`, and for invalid
 * input every issue in `errors` (`path` like `body.label`, `path.serviceName`, `query.embedDetail`).
 */
export const problemSchema = s.object('Problem', {
    type: s.string('Type', { required: true, description: 'A URI (urn:asm-functions:problem:…) naming the kind of problem.' }),
    title: s.string('Title', { required: true, description: 'Short summary of the kind of problem.' }),
    status: s.int('Status', { required: true, minimum: 400, maximum: 599, description: 'The HTTP status code.' }),
    detail: s.string('Detail', { required: true, description: 'What went wrong in this request; names the offending field when there is one.' }),
    instance: s.string('Instance', { description: 'The request path (never its query string).' }),
    code: s.string('Code', { required: true, description: 'ASM’s <Error><Code> when ASM answered (ResourceNotFound, ConflictError, …), else the facade’s own code.' }),
    requestId: s.string('RequestId', { description: 'ASM’s x-ms-request-id, when ASM was called.' }),
    operationId: s.string('OperationId', { description: 'The operation (catalogue name) the request was for.' }),
    invocationId: s.string('InvocationId', { description: 'The function invocation id, for the logs.' }),
    errors: s.list(
        'Errors',
        'Error',
        s.object('Error', {
            path: s.string('Path', { required: true, description: 'Where: body.<field>, path.<param>, query.<param>, header.<name>.' }),
            message: s.string('Message', { required: true }),
        }),
        { description: 'Every input issue found (invalid-request).' },
    ),
});

export type ProblemDetails = Infer<typeof problemSchema>;
