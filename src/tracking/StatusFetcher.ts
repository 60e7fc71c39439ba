import type { OperationStatus } from '../client/types/OperationStatus';

/** One getOperationStatus call for a subscription (the AsmClient of that subscription behind it). */
export type StatusFetcher = (subscriptionId: string, requestId: string) => Promise<OperationStatus>;
