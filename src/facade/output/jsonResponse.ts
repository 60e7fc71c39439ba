import type { FacadeResponse } from './FacadeResponse';

/** A JSON answer; `undefined` body means no content. */
export function jsonResponse(status: number, body?: unknown, headers: Readonly<Record<string, string>> = {}): FacadeResponse {
    if (body === undefined) return { status, headers: { ...headers } };
    return {
        status,
        headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
        body: JSON.stringify(body),
    };
}
