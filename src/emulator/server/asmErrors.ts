import { AsmEmulatorError } from '../EmulatorContract';

/**
 * One factory per ASM error the transport answers with. Codes and messages are ASM's own: from recorded traffic
 * (ForbiddenError, ResourceNotFound) and the "Service Management Status and Error Codes" table (ee460801:
 * MissingOrIncorrectVersionHeader, InvalidXmlRequest, InvalidHttpVerb, InternalError, ServerBusy, TemporaryRedirect).
 */
export const asmErrors = {
    forbidden: () =>
        new AsmEmulatorError(
            403,
            'ForbiddenError',
            'The server failed to authenticate the request. Verify that the certificate is valid and is associated with this subscription.',
        ),
    missingOrIncorrectVersionHeader: () =>
        new AsmEmulatorError(400, 'MissingOrIncorrectVersionHeader', 'The versioning header is not specified or was specified incorrectly.'),
    uriNotFound: () => new AsmEmulatorError(404, 'ResourceNotFound', 'The requested URI does not represent any resource on the server.'),
    invalidHttpVerb: () =>
        new AsmEmulatorError(400, 'InvalidHttpVerb', "The HTTP verb specified was not recognized by the server or isn't valid for this resource."),
    /** Malformed XML, a DOCTYPE/entity declaration, a wrong root element or a missing body; `detail` says which. */
    invalidXml: (detail: string) =>
        new AsmEmulatorError(400, 'InvalidXmlRequest', `The request body's XML was invalid or not correctly specified. ${detail}`),
    bodyTooLarge: (limitBytes: number) =>
        new AsmEmulatorError(400, 'BadRequest', `The request body is too large: this server accepts at most ${limitBytes} bytes.`),
    internalError: () => new AsmEmulatorError(500, 'InternalError', 'The server encountered an internal error. Please retry the request.'),
    serverBusy: () =>
        new AsmEmulatorError(
            503,
            'ServerBusy',
            'The server (or an internal component) is currently unavailable to receive requests. Please retry your request.',
        ),
    tooManyRequests: () => new AsmEmulatorError(429, 'TooManyRequests', 'The request is being throttled.'),
    temporaryRedirect: () =>
        new AsmEmulatorError(
            307,
            'TemporaryRedirect',
            'The requested object is temporarily unavailable at this location. Repeat the request at the URI in the Location header.',
        ),
} as const;
