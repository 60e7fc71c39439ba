import type { CallbackOutcome, TrackedError, TrackedOperation, TrackedStatus } from './TrackedOperation';
import { TRACKED_STATUSES } from './TrackedOperation';
import { MalformedOperationEntityError } from './MalformedOperationEntityError';

type Row = Readonly<Record<string, unknown>>;

function str(row: Row, key: string): string | undefined {
    const v = row[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string') throw new MalformedOperationEntityError(`Column ${key} is not a string.`);
    return v;
}

function reqStr(row: Row, key: string): string {
    const v = str(row, key);
    if (v === undefined) throw new MalformedOperationEntityError(`Column ${key} is missing.`);
    return v;
}

function num(row: Row, key: string): number | undefined {
    const v = row[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new MalformedOperationEntityError(`Column ${key} is not a number.`);
    return v;
}

function time(row: Row, key: string): number | undefined {
    const v = str(row, key);
    if (v === undefined) return undefined;
    const ms = Date.parse(v);
    if (Number.isNaN(ms)) throw new MalformedOperationEntityError(`Column ${key} is not a time.`);
    return ms;
}

function reqTime(row: Row, key: string): number {
    const v = time(row, key);
    if (v === undefined) throw new MalformedOperationEntityError(`Column ${key} is missing.`);
    return v;
}

function error(row: Row, prefix: 'error' | 'lastError'): TrackedError | undefined {
    const code = str(row, `${prefix}Code`);
    if (code === undefined) return undefined;
    const httpStatusCode = num(row, `${prefix}HttpStatusCode`);
    return { code, message: str(row, `${prefix}Message`) ?? '', ...(httpStatusCode === undefined ? {} : { httpStatusCode }) };
}

function callback(row: Row): CallbackOutcome | undefined {
    const status = str(row, 'callbackStatus');
    if (status === undefined) return undefined;
    if (status !== 'delivered' && status !== 'failed' && status !== 'skipped') {
        throw new MalformedOperationEntityError(`Column callbackStatus has an unknown value.`);
    }
    const httpStatus = num(row, 'callbackHttpStatus');
    const err = str(row, 'callbackError');
    return {
        status,
        attempts: num(row, 'callbackAttempts') ?? 0,
        at: time(row, 'callbackAt') ?? 0,
        ...(httpStatus === undefined ? {} : { httpStatus }),
        ...(err === undefined ? {} : { error: err }),
    };
}

/** Reads a stored row (as @azure/data-tables returns it) back into a record; throws on a malformed one. */
export function fromOperationEntity(entity: object): TrackedOperation {
    const row = entity as Row;
    const status = reqStr(row, 'status');
    if (!(TRACKED_STATUSES as readonly string[]).includes(status)) throw new MalformedOperationEntityError('Column status has an unknown value.');
    const completion = str(row, 'completion');
    if (completion !== undefined && completion !== 'pending' && completion !== 'done') {
        throw new MalformedOperationEntityError('Column completion has an unknown value.');
    }
    const optional = {
        correlationId: str(row, 'correlationId'),
        callbackUrl: str(row, 'callbackUrl'),
        lastPolledAt: time(row, 'lastPolledAt'),
        lastStatus: str(row, 'lastStatus'),
        lastError: error(row, 'lastError'),
        completedAt: time(row, 'completedAt'),
        resultHttpStatusCode: num(row, 'resultHttpStatusCode'),
        error: error(row, 'error'),
        completion,
        completionClaimedUntil: time(row, 'completionClaimedUntil'),
        eventSentAt: time(row, 'eventSentAt'),
        callback: callback(row),
    };
    const record: Record<string, unknown> = {
        subscriptionId: reqStr(row, 'partitionKey'),
        requestId: reqStr(row, 'rowKey'),
        operation: reqStr(row, 'operation'),
        target: reqStr(row, 'target'),
        status: status as TrackedStatus,
        startedAt: reqTime(row, 'startedAt'),
        deadline: reqTime(row, 'deadline'),
        attempts: num(row, 'attempts') ?? 0,
        nextPollAt: reqTime(row, 'nextPollAt'),
        pollErrors: num(row, 'pollErrors') ?? 0,
        recoveries: num(row, 'recoveries') ?? 0,
    };
    for (const [key, value] of Object.entries(optional)) if (value !== undefined) record[key] = value;
    return record as unknown as TrackedOperation;
}
