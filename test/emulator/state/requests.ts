import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';

import { findOperation } from '../../../src/asm/operations/catalogue';
import { DEFAULT_X_MS_VERSION } from '../../../src/asm/operations/OperationSpec';
import { AsmEmulatorError, type EmulatorRequest, type EmulatorResponse } from '../../../src/emulator/EmulatorContract';
import { EmulatorState } from '../../../src/emulator/state/EmulatorState';

export const SUB = '00000000-0000-0000-0000-000000000000';
export const OTHER_SUB = '11111111-2222-3333-4444-555555555555';

export interface Call {
    readonly pathParams?: Record<string, string>;
    readonly query?: Record<string, string | boolean>;
    readonly body?: unknown;
    readonly subscriptionId?: string;
    readonly requestId?: string;
}

export const newRequestId = (): string => randomBytes(16).toString('hex');

/** A request shaped as the transport builds it: operation from the catalogue, parsed params and body model. */
export function request(operationName: string, call: Call = {}): EmulatorRequest {
    const operation = findOperation(operationName);
    if (operation === undefined) throw new Error(`The catalogue has no operation ${operationName}`);
    return {
        operation,
        subscriptionId: call.subscriptionId ?? SUB,
        pathParams: call.pathParams ?? {},
        query: call.query ?? {},
        body: call.body,
        requestId: call.requestId ?? newRequestId(),
        xMsVersion: operation.xMsVersion ?? DEFAULT_X_MS_VERSION,
    };
}

/** A state with a fixed clock, answering `call(name, …)` with the response and its request id. */
export function harness(start = Date.parse('2015-07-02T16:45:20Z')) {
    let real = start;
    const state = new EmulatorState({ realNow: () => real });
    return {
        state,
        /** Moves real time (the emulator clock follows). */
        tick: (ms: number) => {
            real += ms;
        },
        call(operationName: string, c: Call = {}): EmulatorResponse & { requestId: string } {
            const requestId = c.requestId ?? newRequestId();
            return { ...state.handle(request(operationName, { ...c, requestId })), requestId };
        },
    };
}

export function bodyAs<T>(response: EmulatorResponse): T {
    return response.body as T;
}

export function assertAsmError(fn: () => unknown, status: number, code: string, message: string | RegExp): void {
    assert.throws(fn, (e: unknown) => {
        assert.ok(e instanceof AsmEmulatorError, `expected an AsmEmulatorError, got ${String(e)}`);
        assert.equal(e.status, status);
        assert.equal(e.code, code);
        if (typeof message === 'string') assert.equal(e.message, message);
        else assert.match(e.message, message);
        return true;
    });
}

/** `26803ab0f361…` → `26803ab0-f361-…`. */
export function guid(hex: string): string {
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
