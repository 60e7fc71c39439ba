import type { ServerResponse } from 'node:http';

/** What the recorded service sent in `Server` and `x-ms-servedbyregion`. */
export const ASM_SERVER_HEADER = '1.0.6198.243 (rd_rdfe_stable.150618-1025) Microsoft-HTTPAPI/2.0';
export const DEFAULT_SERVED_BY_REGION = 'ussouth3';

export interface AsmResponse {
    readonly status: number;
    /** XML text; omitted (and `Content-Length: 0`) for bodiless answers such as 202. */
    readonly body?: string;
    readonly headers?: Readonly<Record<string, string>>;
    readonly requestId: string;
    readonly servedByRegion?: string;
    /** Ask the client to close the connection (used when the request body was not read to its end). */
    readonly close?: boolean;
}

/** Writes an answer with the headers every ASM response carries. */
export function sendAsmResponse(res: ServerResponse, answer: AsmResponse): void {
    if (res.headersSent || res.destroyed) return;
    const body = answer.body === undefined || answer.body === '' ? undefined : Buffer.from(answer.body, 'utf8');
    const headers: Record<string, string | number> = {
        'Cache-Control': 'no-cache',
        Server: ASM_SERVER_HEADER,
        'x-ms-servedbyregion': answer.servedByRegion ?? DEFAULT_SERVED_BY_REGION,
        ...answer.headers,
        'x-ms-request-id': answer.requestId,
        'Content-Length': body?.length ?? 0,
    };
    if (body !== undefined) headers['Content-Type'] = 'application/xml; charset=utf-8';
    if (answer.close) headers.Connection = 'close';
    res.writeHead(answer.status, headers);
    res.end(body);
}
