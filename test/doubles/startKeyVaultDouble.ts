import { randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';

/** What a test stores as one version of a secret (a certificate's backing secret, usually). */
export interface SecretInit {
    readonly value: string;
    /** `application/x-pkcs12`, `application/x-pem-file`, or anything else (a plain secret). */
    readonly contentType?: string;
    readonly enabled?: boolean;
    /** Epoch ms; Key Vault copies the certificate's validity into the backing secret's nbf / exp. */
    readonly notBefore?: number;
    readonly expiresOn?: number;
    /** True for the backing secret of a Key Vault certificate (default true). */
    readonly managed?: boolean;
    readonly tags?: Readonly<Record<string, string>>;
}

/** One request the vault received (never the token or the secret value). */
export interface VaultRequest {
    readonly method: string;
    readonly path: string;
    readonly apiVersion: string | undefined;
    readonly name?: string;
    readonly version?: string;
    /** `none`: no Authorization header (the challenge round trip); `valid`/`invalid`: a bearer token was sent. */
    readonly auth: 'none' | 'valid' | 'invalid';
    readonly status: number;
}

export interface KeyVaultDouble {
    /** `https://127.0.0.1:PORT` (or `https://localhost:PORT` with `hostname: 'localhost'`): the vault URL. */
    readonly url: string;
    readonly tenantId: string;
    /** Adds a new version (the latest from now on); returns its 32-hex version id. */
    setSecret(name: string, init: SecretInit): string;
    /** Enables or disables one version (default: the latest). */
    setEnabled(name: string, enabled: boolean, version?: string): void;
    /** Answers every authorized request with 403 ForbiddenByRbac (the identity lost its role) while true. */
    denyAccess(deny: boolean): void;
    /** Answers the next `count` authorized requests with this status and Key Vault's error JSON. */
    failNext(status: number, count?: number): void;
    /** Authorized secret reads (GET /secrets/… with a valid token), optionally of one secret. */
    fetches(name?: string): number;
    readonly requests: readonly VaultRequest[];
    close(): Promise<void>;
}

export interface KeyVaultDoubleOptions {
    /** The HTTPS server certificate and key (PEM); it must cover `hostname`. */
    readonly tls: { readonly certPem: string; readonly keyPem: string };
    /** Whether a bearer token is acceptable (e.g. one the managed-identity double issued). */
    readonly acceptToken: (token: string) => boolean;
    /** The host name in `url` (default `127.0.0.1`); the server always listens on 127.0.0.1. */
    readonly hostname?: 'localhost' | '127.0.0.1';
    /** The resource the challenge names (default `https://vault.azure.net`, as public-cloud vaults do). */
    readonly resource?: string;
}

interface StoredVersion extends SecretInit {
    readonly version: string;
    enabled: boolean;
    readonly created: number;
    updated: number;
}

const NOT_FOUND_HELP =
    'If you recently deleted this secret you may be able to recover it using the correct recovery command. For help resolving this issue, please see https://go.microsoft.com/fwlink/?linkid=2125182';

function errorBody(code: string, message: string, inner?: string): unknown {
    return { error: { code, message, ...(inner === undefined ? {} : { innererror: { code: inner } }) } };
}

/**
 * A Key Vault (secrets, read side) over HTTPS on loopback, speaking what @azure/keyvault-secrets sends:
 * - the bearer challenge: a request without Authorization gets 401 with
 *   `WWW-Authenticate: Bearer authorization="https://login.microsoftonline.com/<tenant>", resource="https://vault.azure.net"`
 *   and Key Vault's `AKV10000` error body; a request with a token `acceptToken` refuses gets 401 too;
 * - `GET /secrets/{name}/?api-version=…` (latest) and `GET /secrets/{name}/{version}?api-version=…` answering the
 *   SecretBundle JSON `{ value, contentType, id, managed, kid, attributes{enabled,created,updated,nbf,exp,…}, tags }`;
 * - 404 `SecretNotFound`, 403 `Forbidden` / `SecretDisabled` ("Operation get is not allowed on a disabled secret."),
 *   403 `Forbidden` / `ForbiddenByRbac`, in Key Vault's `{ error: { code, message, innererror } }` shape.
 */
export async function startKeyVaultDouble(options: KeyVaultDoubleOptions): Promise<KeyVaultDouble> {
    const tenantId = randomUUID();
    const resource = options.resource ?? 'https://vault.azure.net';
    const secrets = new Map<string, StoredVersion[]>();
    const requests: VaultRequest[] = [];
    let deny = false;
    let failures: { status: number; count: number } | undefined;
    let url = '';

    const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): number => {
        res.writeHead(status, {
            'content-type': 'application/json; charset=utf-8',
            'x-ms-request-id': randomUUID(),
            'x-ms-keyvault-service-version': '1.9.2771.1',
            'x-ms-keyvault-region': 'westeurope',
            ...headers,
        });
        res.end(JSON.stringify(body));
        return status;
    };

    const bundle = (name: string, v: StoredVersion): unknown => ({
        value: v.value,
        ...(v.contentType === undefined ? {} : { contentType: v.contentType }),
        id: `${url}/secrets/${name}/${v.version}`,
        ...(v.managed === false ? {} : { managed: true, kid: `${url}/keys/${name}/${v.version}` }),
        attributes: {
            enabled: v.enabled,
            ...(v.notBefore === undefined ? {} : { nbf: Math.floor(v.notBefore / 1000) }),
            ...(v.expiresOn === undefined ? {} : { exp: Math.floor(v.expiresOn / 1000) }),
            created: Math.floor(v.created / 1000),
            updated: Math.floor(v.updated / 1000),
            recoveryLevel: 'Recoverable+Purgeable',
            recoverableDays: 90,
        },
        tags: v.tags ?? {},
    });

    const handle = (req: IncomingMessage, res: ServerResponse, record: (r: Omit<VaultRequest, 'status'>) => void): number => {
        const parsed = new URL(req.url ?? '/', 'https://vault.invalid');
        const apiVersion = parsed.searchParams.get('api-version') ?? undefined;
        const match = /^\/secrets\/([0-9A-Za-z-]{1,127})(?:\/([0-9a-f]{32})?)?\/?$/.exec(parsed.pathname);
        const name = match?.[1];
        const version = match?.[2];
        const authorization = req.headers.authorization;
        const token = authorization?.startsWith('Bearer ') ? authorization.slice('Bearer '.length) : undefined;
        const auth = authorization === undefined ? 'none' : token !== undefined && options.acceptToken(token) ? 'valid' : 'invalid';
        record({
            method: req.method ?? '',
            path: parsed.pathname,
            apiVersion,
            auth,
            ...(name === undefined ? {} : { name }),
            ...(version === undefined ? {} : { version }),
        });

        if (auth !== 'valid') {
            const challenge = `Bearer authorization="https://login.microsoftonline.com/${tenantId}", resource="${resource}"`;
            const message = auth === 'none' ? 'AKV10000: Request is missing a Bearer or PoP token.' : 'AKV10022: Invalid audience or token.';
            return send(res, 401, errorBody('Unauthorized', message), { 'www-authenticate': challenge });
        }
        if (apiVersion === undefined) return send(res, 400, errorBody('BadParameter', 'The request is missing the api-version query parameter.'));
        if (name === undefined) return send(res, 404, errorBody('NotFound', 'The requested resource was not found.'));
        if (req.method !== 'GET') return send(res, 405, errorBody('MethodNotAllowed', `The method ${req.method ?? ''} is not allowed.`));
        if (failures !== undefined && failures.count > 0) {
            failures.count -= 1;
            const code = failures.status === 429 ? 'Throttled' : failures.status >= 500 ? 'ServiceUnavailable' : 'BadRequest';
            return send(res, failures.status, errorBody(code, 'The double was told to fail this request.'));
        }
        if (deny) {
            return send(
                res,
                403,
                errorBody(
                    'Forbidden',
                    `Caller is not authorized to perform action on resource.\r\nIf role assignments, deny assignments or role definitions were changed recently, please observe propagation time.\r\nAction: 'Microsoft.KeyVault/vaults/secrets/getSecret/action'\r\nAssignment: (not found)\r\n`,
                    'ForbiddenByRbac',
                ),
            );
        }
        const versions = secrets.get(name) ?? [];
        const found = version === undefined ? versions[versions.length - 1] : versions.find((v) => v.version === version);
        if (found === undefined) {
            const what = version === undefined ? name : `${name}/${version}`;
            return send(res, 404, errorBody('SecretNotFound', `A secret with (name/id) ${what} was not found in this key vault. ${NOT_FOUND_HELP}`));
        }
        if (!found.enabled) return send(res, 403, errorBody('Forbidden', 'Operation get is not allowed on a disabled secret.', 'SecretDisabled'));
        return send(res, 200, bundle(name, found));
    };

    const server = createServer({ cert: options.tls.certPem, key: options.tls.keyPem }, (req, res) => {
        let entry: Omit<VaultRequest, 'status'> = { method: req.method ?? '', path: req.url ?? '', apiVersion: undefined, auth: 'none' };
        // The challenge round trip has no body; a real vault reads whatever is sent.
        req.resume();
        req.on('end', () => {
            const status = handle(req, res, (r) => (entry = r));
            requests.push({ ...entry, status });
        });
    });
    const sockets = new Set<Socket>();
    server.on('connection', (socket: Socket) => {
        sockets.add(socket);
        socket.once('close', () => sockets.delete(socket));
    });
    server.on('tlsClientError', () => undefined);
    await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve());
    });
    const port = (server.address() as AddressInfo).port;
    url = `https://${options.hostname ?? '127.0.0.1'}:${port}`;

    const latest = (name: string, version?: string): StoredVersion => {
        const versions = secrets.get(name) ?? [];
        const v = version === undefined ? versions[versions.length - 1] : versions.find((x) => x.version === version);
        if (v === undefined) throw new Error(`No secret ${name}${version === undefined ? '' : `/${version}`} in the double.`);
        return v;
    };

    return {
        url,
        tenantId,
        setSecret: (name, init) => {
            const now = Date.now();
            const version = randomBytes(16).toString('hex');
            const versions = secrets.get(name) ?? [];
            versions.push({ ...init, version, enabled: init.enabled ?? true, created: now, updated: now });
            secrets.set(name, versions);
            return version;
        },
        setEnabled: (name, enabled, version) => {
            const v = latest(name, version);
            v.enabled = enabled;
            v.updated = Date.now();
        },
        denyAccess: (d) => {
            deny = d;
        },
        failNext: (status, count = 1) => {
            failures = { status, count };
        },
        fetches: (name) => requests.filter((r) => r.auth === 'valid' && r.name !== undefined && (name === undefined || r.name === name)).length,
        requests,
        close: () =>
            new Promise<void>((resolve) => {
                server.close(() => resolve());
                for (const socket of sockets) socket.destroy();
            }),
    };
}
