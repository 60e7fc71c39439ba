import { AsmHttpError } from '../errors/AsmHttpError';
import { CertificateRejectedError } from '../errors/CertificateRejectedError';
import type { AsmHttpResponse } from '../transport/exchange';
import { parseErrorBody } from './parseErrorBody';

/** The one place an unexpected status becomes an error: 403 ForbiddenError → CertificateRejectedError, else AsmHttpError. */
export function createHttpError(operation: string, response: AsmHttpResponse): AsmHttpError {
    const parsed = parseErrorBody(response.body);
    const requestId = response.headers['x-ms-request-id'];
    const init = {
        status: response.status,
        operation,
        ...parsed,
        ...(requestId === undefined ? {} : { requestId }),
    };
    if (response.status === 403 && (parsed.asmCode === undefined || parsed.asmCode === 'ForbiddenError')) {
        return new CertificateRejectedError(init);
    }
    return new AsmHttpError(init);
}
