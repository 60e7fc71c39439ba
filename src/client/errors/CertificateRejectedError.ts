import { AsmHttpError, type AsmHttpErrorInit } from './AsmHttpError';

/**
 * 403 `ForbiddenError`: ASM did not accept the management certificate for this subscription (not uploaded,
 * expired, or the wrong subscription). Retrying does not help; rotate or upload the certificate.
 */
export class CertificateRejectedError extends AsmHttpError {
    override readonly name: string = 'CertificateRejectedError';

    constructor(init: AsmHttpErrorInit) {
        super(init, 'ASM_CERTIFICATE_REJECTED');
    }
}
