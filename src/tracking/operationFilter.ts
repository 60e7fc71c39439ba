import { odata } from '@azure/data-tables';

import type { OperationQuery } from './OperationStore';

/** The OData filter of a query (pure; values escaped by `odata`). */
export function operationFilter(query: OperationQuery): string | undefined {
    const parts: string[] = [];
    if (query.subscriptionId !== undefined) parts.push(odata`PartitionKey eq ${query.subscriptionId}`);
    if (query.status !== undefined) parts.push(odata`status eq ${query.status}`);
    if (query.nextPollBefore !== undefined) {
        parts.push(odata`status eq ${'InProgress'} and nextPollAt lt ${new Date(query.nextPollBefore).toISOString()}`);
    }
    if (query.completionClaimExpiredBefore !== undefined) {
        parts.push(odata`completion eq ${'pending'} and completionClaimedUntil lt ${new Date(query.completionClaimExpiredBefore).toISOString()}`);
    }
    return parts.length === 0 ? undefined : parts.join(' and ');
}
