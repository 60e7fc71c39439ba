import assert from 'node:assert/strict';
import type { Readable } from 'node:stream';

import { type Dispatcher, request } from 'undici';

import type { TestEmulator } from '../../helpers/startEmulator';

export interface AsmAnswer {
    readonly status: number;
    readonly headers: Readonly<Record<string, string | string[] | undefined>>;
    readonly text: string;
}

export interface AsmCallOptions {
    readonly method?: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH' | 'HEAD';
    readonly body?: string | Buffer | Readable;
    /** Extra or replacing headers; `x-ms-version: null` leaves the header out. */
    readonly headers?: Readonly<Record<string, string | null>>;
    readonly dispatcher?: Dispatcher;
    /** Base URL (default the emulator's endpoint). */
    readonly base?: string;
}

/** One raw ASM call over mTLS, as a client would send it (x-ms-version 2014-10-01 unless told otherwise). */
export async function asmCall(emu: TestEmulator, pathAndQuery: string, options: AsmCallOptions = {}): Promise<AsmAnswer> {
    const headers: Record<string, string> = { 'x-ms-version': '2014-10-01' };
    if (options.body !== undefined) headers['content-type'] = 'application/xml';
    for (const [k, v] of Object.entries(options.headers ?? {})) {
        if (v === null) delete headers[k];
        else headers[k] = v;
    }
    const res = await request(`${options.base ?? emu.endpoint}${pathAndQuery}`, {
        method: options.method ?? 'GET',
        headers,
        dispatcher: options.dispatcher ?? emu.dispatcher,
        ...(options.body !== undefined ? { body: options.body } : {}),
    });
    return { status: res.statusCode, headers: res.headers, text: await res.body.text() };
}

/** The path of the emulator's default subscription plus `rest`. */
export function sub(emu: TestEmulator, rest: string): string {
    return `/${emu.subscriptionId}${rest}`;
}

const ERROR_XML =
    /^<Error xmlns="http:\/\/schemas\.microsoft\.com\/windowsazure" xmlns:i="http:\/\/www\.w3\.org\/2001\/XMLSchema-instance"><Code>([^<]+)<\/Code><Message>([^<]*)<\/Message><\/Error>$/;

/** Asserts an ASM error answer: status, `<Error>` document with the code, ASM headers; returns the message. */
export function assertAsmError(answer: AsmAnswer, status: number, code: string): string {
    assert.equal(answer.status, status, `status (body: ${answer.text})`);
    const m = ERROR_XML.exec(answer.text);
    assert.ok(m, `an ASM <Error> document, got: ${answer.text}`);
    assert.equal(m[1], code);
    assert.equal(answer.headers['content-type'], 'application/xml; charset=utf-8');
    assert.match(String(answer.headers['x-ms-request-id']), /^[0-9a-f]{32}$/);
    return (m[2] ?? '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The emulator still answers a plain authenticated call. */
export async function assertStillServes(emu: TestEmulator): Promise<void> {
    const answer = await asmCall(emu, sub(emu, '/services/hostedservices'));
    assert.equal(answer.status, 200, `the emulator still serves (got ${answer.status}: ${answer.text})`);
}

export function createHostedServiceXml(name: string, root = 'CreateHostedService'): string {
    return (
        `<${root} xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.microsoft.com/windowsazure">` +
        `<ServiceName>${name}</ServiceName><Label>${Buffer.from(`${name}label`).toString('base64')}</Label>` +
        `<Location>West US</Location></${root}>`
    );
}
