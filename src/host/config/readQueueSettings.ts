import { getIgnoreCase } from './getIgnoreCase';
import { parseTimeSpan } from './parseTimeSpan';
import type { QueueSettings } from './QueueSettings';

/** The extension's maxPollingInterval default (1 min), and the 2 s it uses in the Development environment. */
export const DEFAULT_MAX_POLLING_INTERVAL_MS = 60_000;
export const DEVELOPMENT_MAX_POLLING_INTERVAL_MS = 2_000;

function integer(value: unknown, name: string, min: number, max: number): number | undefined {
    if (value === undefined || value === null) return undefined;
    const n = typeof value === 'string' ? Number(value) : value;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) {
        throw new Error(`host.json extensions.queues.${name} must be an integer from ${min} to ${max}, not ${JSON.stringify(value)}.`);
    }
    return n;
}

function timeSpan(value: unknown, name: string): number | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string' && typeof value !== 'number') throw new Error(`host.json extensions.queues.${name} must be a TimeSpan string.`);
    const ms = parseTimeSpan(value, `host.json extensions.queues.${name}`);
    if (ms < 0) throw new Error(`host.json extensions.queues.${name} must not be negative.`);
    return ms;
}

/**
 * Reads host.json `extensions.queues` (keys case-insensitive, TimeSpan strings) with the documented defaults:
 * maxPollingInterval 1 min (2 s when `development`, as the extension does in the Development environment),
 * visibilityTimeout 0, batchSize 16 (max 32), maxDequeueCount 5, newBatchThreshold batchSize/2, messageEncoding base64.
 */
export function readQueueSettings(queues: unknown, development: boolean): QueueSettings {
    const batchSize = integer(getIgnoreCase(queues, 'batchSize'), 'batchSize', 1, 32) ?? 16;
    const encoding = getIgnoreCase(queues, 'messageEncoding');
    if (encoding !== undefined && (typeof encoding !== 'string' || !['base64', 'none'].includes(encoding.toLowerCase()))) {
        throw new Error(`host.json extensions.queues.messageEncoding must be "base64" or "none", not ${JSON.stringify(encoding)}.`);
    }
    const maxPolling = timeSpan(getIgnoreCase(queues, 'maxPollingInterval'), 'maxPollingInterval');
    if (maxPolling !== undefined && maxPolling < 100) throw new Error('host.json extensions.queues.maxPollingInterval must be at least 00:00:00.100.');
    return {
        maxPollingIntervalMs: maxPolling ?? (development ? DEVELOPMENT_MAX_POLLING_INTERVAL_MS : DEFAULT_MAX_POLLING_INTERVAL_MS),
        visibilityTimeoutMs: timeSpan(getIgnoreCase(queues, 'visibilityTimeout'), 'visibilityTimeout') ?? 0,
        batchSize,
        maxDequeueCount: integer(getIgnoreCase(queues, 'maxDequeueCount'), 'maxDequeueCount', 1, Number.MAX_SAFE_INTEGER) ?? 5,
        newBatchThreshold:
            integer(getIgnoreCase(queues, 'newBatchThreshold'), 'newBatchThreshold', 0, Number.MAX_SAFE_INTEGER) ?? Math.floor(batchSize / 2),
        messageEncoding: typeof encoding === 'string' && encoding.toLowerCase() === 'none' ? 'none' : 'base64',
    };
}
