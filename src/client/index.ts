export { AsmClient, createAsmClient, type WaitedResultOf } from './AsmClient';
export {
    type AsmClientLogEvent,
    type AsmClientOptions,
    type CallOptions,
    DEFAULT_ENDPOINT,
    DEFAULT_MAX_REDIRECTS,
    DEFAULT_TIMEOUT_MS,
    type SleepFn,
} from './AsmClientOptions';
export { buildRequest, type RequestTarget } from './buildRequest';
export { endpointParts } from './request/endpointParts';
export { parseResponse } from './parseResponse';
export type { AsmHttpRequest } from './request/AsmHttpRequest';

export { AsmError, type AsmErrorCode } from './errors/AsmError';
export { AsmHttpError, type AsmHttpErrorInit } from './errors/AsmHttpError';
export { AsmOperationFailedError } from './errors/AsmOperationFailedError';
export { AsmResponseFormatError } from './errors/AsmResponseFormatError';
export { AsmTransportError, type TransportFailureKind } from './errors/AsmTransportError';
export { AsmValidationError, type AsmValidationIssue } from './errors/AsmValidationError';
export { CertificateRejectedError } from './errors/CertificateRejectedError';
export { isAsmError } from './errors/isAsmError';
export { OperationTimeoutError } from './errors/OperationTimeoutError';
export { redactText } from './errors/redactText';

export { computeRetryDelay, type RetryDelayInput } from './retry/computeRetryDelay';
export { type AttemptOutcome, decideRetry, type RetryDecision, type RetryDecisionInput } from './retry/decideRetry';
export { parseRetryAfter } from './retry/parseRetryAfter';
export { DEFAULT_RETRY_OPTIONS, type RetryOptions } from './retry/RetryOptions';

export { DEFAULT_POLL_SCHEDULE, type PollSchedule, pollSchedule } from './polling/pollSchedule';
export { LEGACY_POLL_SCHEDULES } from './polling/legacyPollSchedules';
export { type PollingSimulation, simulatePolling } from './polling/simulatePolling';
export { DEFAULT_WAIT_TIMEOUT_MS, type WaitDeps, waitForOperation, type WaitOptions } from './polling/waitForOperation';

export { classifyTransportError, type TransportFailure } from './transport/classifyTransportError';
export { checkClientCertificate } from './transport/checkClientCertificate';
export type { ClientCertificate } from './transport/ClientCertificate';
export { createManagementAgent, type ManagementAgentOptions } from './transport/createManagementAgent';

export type { AsyncResult } from './types/AsyncResult';
export type { OperationMethod, OperationMethods } from './types/OperationMethods';
export type { OperationStatus } from './types/OperationStatus';
export type { ParamsOf } from './types/ParamsOf';
export type { ResponseModelOf, ResultOf } from './types/ResultOf';
