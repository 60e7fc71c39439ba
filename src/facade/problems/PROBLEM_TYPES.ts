/** The kinds of problem the facade answers with: the `type` URI is `urn:asm-functions:problem:<kind>`. */
export const PROBLEM_TYPES = {
    'invalid-request': { status: 400, title: 'The request is not valid' },
    'not-found': { status: 404, title: 'No such endpoint' },
    'method-not-allowed': { status: 405, title: 'Method not allowed on this endpoint' },
    'content-too-large': { status: 413, title: 'The request body is too large' },
    'unsupported-media-type': { status: 415, title: 'The request body must be application/json' },
    conflict: { status: 409, title: 'The request conflicts with the current state' },
    'asm-error': { status: 400, title: 'ASM refused the request' },
    'operation-failed': { status: 502, title: 'The asynchronous operation failed' },
    'certificate-rejected': { status: 502, title: 'ASM does not accept the management certificate' },
    'certificate-unavailable': { status: 502, title: 'The management certificate is not available' },
    'bad-gateway': { status: 502, title: 'ASM answered in a way the facade cannot use' },
    'asm-unavailable': { status: 503, title: 'ASM is unavailable' },
    'asm-timeout': { status: 504, title: 'ASM did not answer in time' },
    configuration: { status: 500, title: 'The function app is misconfigured' },
    internal: { status: 500, title: 'Internal error' },
} as const;

export type ProblemKind = keyof typeof PROBLEM_TYPES;

