import type { AsyncOutcome } from '../../EmulatorContract';
import { AdminError } from './jsonIo';

const OUTCOMES = new Set(['succeed', 'fail', 'never']);

function fail(message: string): never {
    throw new AdminError(400, 'InvalidBody', message);
}

/** `{ outcome?, durationMs?, error? }` from admin JSON, validated. */
export function parseAsyncOutcome(body: Record<string, unknown>): AsyncOutcome {
    const { outcome, durationMs, error } = body;
    if (outcome !== undefined && (typeof outcome !== 'string' || !OUTCOMES.has(outcome))) fail(`outcome must be one of succeed, fail, never.`);
    if (durationMs !== undefined && (typeof durationMs !== 'number' || !Number.isFinite(durationMs) || durationMs < 0)) {
        fail('durationMs must be a non-negative number.');
    }
    let parsedError: AsyncOutcome['error'];
    if (error !== undefined) {
        if (typeof error !== 'object' || error === null) fail('error must be an object { status, code, message }.');
        const { status, code, message } = error as Record<string, unknown>;
        if (typeof status !== 'number' || !Number.isInteger(status) || status < 400 || status > 599) fail('error.status must be an HTTP error status.');
        if (typeof code !== 'string' || typeof message !== 'string') fail('error.code and error.message must be strings.');
        parsedError = { status, code, message };
    }
    return {
        ...(outcome !== undefined ? { outcome: outcome as NonNullable<AsyncOutcome['outcome']> } : {}),
        ...(durationMs !== undefined ? { durationMs: durationMs as number } : {}),
        ...(parsedError !== undefined ? { error: parsedError } : {}),
    };
}
