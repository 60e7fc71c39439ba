import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** One request the double received, as App Service's identity endpoint would see it. */
export interface IdentityRequest {
    readonly method: string;
    readonly path: string;
    readonly query: Readonly<Record<string, string>>;
    /** Whether `X-IDENTITY-HEADER` carried the expected secret (the value itself is never recorded). */
    readonly headerOk: boolean;
    readonly status: number;
}

export interface ManagedIdentityDouble {
    /** `http://127.0.0.1:PORT/msi/token`: what App Service puts in IDENTITY_ENDPOINT. */
    readonly endpoint: string;
    /** The per-process secret App Service puts in IDENTITY_HEADER. */
    readonly header: string;
    /** `{ IDENTITY_ENDPOINT, IDENTITY_HEADER }` to put into process.env. */
    env(): Record<'IDENTITY_ENDPOINT' | 'IDENTITY_HEADER', string>;
    /** Whether this double issued the token (what the Key Vault double accepts). */
    issued(token: string): boolean;
    readonly requests: readonly IdentityRequest[];
    /** Answers the next `count` token requests with this status (App Service's 500 `{ error }` shape). */
    failNext(status: number, count?: number): void;
    close(): Promise<void>;
}

export interface ManagedIdentityDoubleOptions {
    /** Token lifetime in seconds (default 3600, what App Service hands out is ~24 h). */
    readonly lifetimeSeconds?: number;
    /** Resources it issues tokens for (default only `https://vault.azure.net`). */
    readonly resources?: readonly string[];
}

const API_VERSION = '2019-08-01';

/**
 * The App Service / Azure Functions managed-identity endpoint (the 2019-08-01 protocol that MSAL's `AppService`
 * source speaks, see @azure/msal-node `ManagedIdentitySources/AppService`): plain HTTP on loopback,
 * `GET {IDENTITY_ENDPOINT}?api-version=2019-08-01&resource=R[&client_id=…]` with header `X-IDENTITY-HEADER`,
 * answering `{ access_token, expires_on, resource, token_type, client_id }` with `expires_on` in epoch seconds as a
 * string, as App Service does.
 */
export async function startManagedIdentityDouble(options: ManagedIdentityDoubleOptions = {}): Promise<ManagedIdentityDouble> {
    const header = randomBytes(16).toString('hex');
    const tokens = new Set<string>();
    const requests: IdentityRequest[] = [];
    const resources = new Set(options.resources ?? ['https://vault.azure.net']);
    let failures: { status: number; count: number } | undefined;

    const answer = (res: ServerResponse, status: number, body: unknown): number => {
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify(body));
        return status;
    };

    const handle = (req: IncomingMessage, res: ServerResponse): number => {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        if (url.pathname !== '/msi/token') return answer(res, 404, { error: 'not_found' });
        if (req.method !== 'GET') return answer(res, 405, { error: 'method_not_allowed' });
        if (req.headers['x-identity-header'] !== header) {
            return answer(res, 400, { statusCode: 400, message: 'Unable to load the proper Managed Identity.', correlationId: randomUUID() });
        }
        if (url.searchParams.get('api-version') !== API_VERSION) {
            return answer(res, 400, { statusCode: 400, message: 'The api-version is invalid or not supported.', correlationId: randomUUID() });
        }
        const resource = url.searchParams.get('resource') ?? '';
        if (!resources.has(resource)) {
            return answer(res, 400, { statusCode: 400, message: `Unknown resource '${resource}'.`, correlationId: randomUUID() });
        }
        if (failures !== undefined && failures.count > 0) {
            failures.count -= 1;
            return answer(res, failures.status, { statusCode: failures.status, message: 'An unexpected error occured while fetching the AAD Token.', correlationId: randomUUID() });
        }
        const token = `mi-double.${randomBytes(24).toString('base64url')}`;
        tokens.add(token);
        const expiresOn = Math.floor(Date.now() / 1000) + (options.lifetimeSeconds ?? 3600);
        return answer(res, 200, {
            access_token: token,
            expires_on: String(expiresOn),
            resource,
            token_type: 'Bearer',
            client_id: url.searchParams.get('client_id') ?? '00000000-0000-0000-0000-00000000c11e',
        });
    };

    const server = createServer((req, res) => {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        const status = handle(req, res);
        requests.push({
            method: req.method ?? '',
            path: url.pathname,
            query: Object.fromEntries(url.searchParams),
            headerOk: req.headers['x-identity-header'] === header,
            status,
        });
    });
    const sockets = new Set<Socket>();
    server.on('connection', (socket: Socket) => {
        sockets.add(socket);
        socket.once('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve());
    });
    const port = (server.address() as AddressInfo).port;
    const endpoint = `http://127.0.0.1:${port}/msi/token`;
    return {
        endpoint,
        header,
        env: () => ({ IDENTITY_ENDPOINT: endpoint, IDENTITY_HEADER: header }),
        issued: (token) => tokens.has(token),
        requests,
        failNext: (status, count = 1) => {
            failures = { status, count };
        },
        close: () =>
            new Promise<void>((resolve) => {
                server.close(() => resolve());
                for (const socket of sockets) socket.destroy();
            }),
    };
}
