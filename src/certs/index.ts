export { AgentBinding, type AgentBindingOptions, DEFAULT_FUTILE_REFRESH_QUIET_MS, type Rotation } from './AgentBinding';
export { assertCertificateCurrent, NOT_BEFORE_SKEW_MS } from './assertCertificateCurrent';
export {
    CachedCertificateSource,
    type CachedCertificateSourceOptions,
    DEFAULT_CERTIFICATE_TTL_MS,
    DEFAULT_EXPIRING_REFRESH_INTERVAL_MS,
    DEFAULT_RENEW_BEFORE_EXPIRY_MS,
    DEFAULT_RETRY_AFTER_FAILURE_MS,
} from './CachedCertificateSource';
export { CertificateBoundClient, type CertificateBoundClientOptions } from './CertificateBoundClient';
export type { CertificateFetcher } from './CertificateFetcher';
export type { CertificateLogEvent } from './CertificateLogEvent';
export {
    CERTIFICATE_SETTINGS,
    type CertificateSettings,
    DEFAULT_CACHE_TTL_MINUTES,
    type FileCertificateSettings,
    type KeyVaultCertificateSettings,
    loadCertificateSettings,
} from './certificateSettings';
export type { CertificateRefreshReason, CertificateSource } from './CertificateSource';
export { type CertificateSourceDeps, createCertificateSource } from './createCertificateSource';
export { detectCertificateFormat } from './detectCertificateFormat';
export { CertificateError, type CertificateErrorInit, type CertificateErrorReason } from './errors/CertificateError';
export { CertificateSettingsError } from './errors/CertificateSettingsError';
export { FileCertificateFetcher } from './FileCertificateFetcher';
export { isLoopbackHost } from './isLoopbackHost';
export {
    KeyVaultCertificateFetcher,
    type KeyVaultFetcherDeps,
    PEM_CONTENT_TYPE,
    PKCS12_CONTENT_TYPE,
    secretClientOptionsFor,
} from './KeyVaultCertificateFetcher';
export { type CertificateSummary, ManagementCertificate, type ManagementCertificateInit } from './ManagementCertificate';
export { mapKeyVaultError } from './mapKeyVaultError';
export { type CertificateFormat, parseCertificate, type ParseCertificateOptions } from './parseCertificate';
export { SwappableDispatcher } from './SwappableDispatcher';
