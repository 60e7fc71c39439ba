import type { CertificateRefreshReason } from './CertificateSource';

/** What the certificate source and the certificate-bound client log: thumbprints and reasons, never material. */
export type CertificateLogEvent =
    | {
          readonly type: 'certificateFetched';
          readonly source: string;
          readonly reason: CertificateRefreshReason;
          readonly thumbprint: string;
          readonly subject: string;
          readonly notAfter: string;
          readonly version?: string;
          readonly durationMs: number;
      }
    | { readonly type: 'certificateRotated'; readonly source: string; readonly from: string; readonly to: string }
    | {
          readonly type: 'certificateFetchFailed';
          readonly source: string;
          readonly reason: CertificateRefreshReason;
          readonly error: { readonly name: string; readonly code?: string; readonly reason?: string; readonly message: string };
          /** The still-valid certificate served meanwhile, if any. */
          readonly servingThumbprint?: string;
          /** When the next attempt will be made (ISO time), if a certificate is being served. */
          readonly retryAt?: string;
      }
    | { readonly type: 'agentReplaced'; readonly from?: string; readonly to: string }
    /** The Agent of a replaced certificate finished its in-flight requests and closed. */
    | { readonly type: 'agentClosed'; readonly thumbprint: string }
    | { readonly type: 'certificateRejected'; readonly thumbprint: string; readonly operation: string; readonly requestId?: string };
