import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { HostFunction } from '../functions/HostFunction';
import type { HostLogger } from '../HostLogger';
import type { InvocationInput } from '../invoke/InvocationInput';
import type { InvocationOutcome } from '../invoke/invokeFunction';
import type { AdminApi } from './AdminApi';
import { handleAdminRequest } from './handleAdminRequest';
import { HOME_PAGE } from './homePage';
import { readRequestBody, RequestBodyTooLargeError } from './readRequestBody';
import type { RouteTable } from './routes/RouteTable';
import { sendHttpResult } from './sendHttpResult';
import { toHttpRequest } from './toHttpRequest';

/** The Functions host's request body limit (100 MB). */
export const DEFAULT_MAX_BODY_BYTES = 100 * 1024 * 1024;

export interface HttpHostOptions {
    readonly host: string;
    readonly port: number;
    readonly routes: RouteTable<HostFunction>;
    readonly invoke: (fn: HostFunction, input: InvocationInput) => Promise<InvocationOutcome>;
    readonly admin: AdminApi;
    readonly logger: HostLogger;
    readonly maxBodyBytes?: number;
}

export interface RunningHttpHost {
    readonly port: number;
    close(): Promise<void>;
}

/** The HTTP response a function produced: its `$return` when that is the http output, else an http extra output. */
function httpResultOf(fn: HostFunction, outcome: InvocationOutcome): unknown {
    if (!fn.returnBinding || fn.returnBinding.type.toLowerCase() === 'http') return outcome.result;
    const output = fn.extraOutputs.find((o) => o.type.toLowerCase() === 'http');
    return output ? outcome.context.extraOutputs.get(output.name) : undefined;
}

/**
 * Serves HTTP-triggered functions on their routes (404 with an empty body when nothing matches, method included),
 * the admin endpoints and the home page, on a loopback address.
 */
export async function startHttpHost(options: HttpHostOptions): Promise<RunningHttpHost> {
    const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    let fallbackHost = `${options.host}:${options.port}`;

    const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
        const pathname = (req.url ?? '/').split('?')[0] ?? '/';
        const method = req.method ?? 'GET';
        const match = options.routes.match(method, pathname);
        if (!match) {
            if (/^\/admin\//i.test(pathname) && (await handleAdminRequest(req, res, pathname, options.admin))) return;
            if (pathname === '/' && (method === 'GET' || method === 'HEAD')) {
                res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(HOME_PAGE);
                return;
            }
            req.resume();
            res.writeHead(404, { 'content-length': 0 }).end();
            return;
        }
        const body = await readRequestBody(req, maxBodyBytes);
        const request = toHttpRequest(req, body, match.params, fallbackHost);
        const outcome = await options.invoke(match.target, {
            trigger: request,
            reason: 'This function was programmatically called via the host APIs.',
        });
        try {
            await sendHttpResult(res, httpResultOf(match.target, outcome));
        } catch (err) {
            options.logger('error', `Functions.${match.target.name}: the HTTP response could not be sent: ${err instanceof Error ? err.message : String(err)}`);
            throw err;
        }
    };

    const server = createServer((req, res) => {
        handle(req, res).catch((err: unknown) => {
            if (err instanceof RequestBodyTooLargeError) {
                if (!res.headersSent) res.writeHead(413, { 'content-length': 0, connection: 'close' }).end();
                return;
            }
            if (!res.headersSent) res.writeHead(500, { 'content-length': 0 }).end();
            else res.destroy(err instanceof Error ? err : undefined);
        });
    });
    await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port, options.host, () => {
            server.off('error', reject);
            resolve();
        });
    });
    const port = (server.address() as AddressInfo).port;
    fallbackHost = `${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`;
    return {
        port,
        close: () =>
            new Promise<void>((resolve) => {
                server.close(() => resolve());
                server.closeIdleConnections();
                setTimeout(() => server.closeAllConnections(), 2000).unref();
            }),
    };
}
