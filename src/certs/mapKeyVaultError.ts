import { CertificateError } from './errors/CertificateError';

const IDENTITY_ERRORS = new Set(['CredentialUnavailableError', 'AuthenticationError', 'AggregateAuthenticationError', 'AuthenticationRequiredError']);
const TLS_CODES = /^(?:CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|ERR_TLS_|ERR_SSL_)/;

interface RestErrorLike {
    readonly name: string;
    readonly message: string;
    readonly statusCode?: number;
    readonly code?: string;
    readonly details?: { readonly error?: { readonly code?: string; readonly message?: string; readonly innerError?: { readonly code?: string } } };
}

function firstLine(text: string, max = 300): string {
    const line = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
    return line.length > max ? `${line.slice(0, max)}…` : line;
}

/**
 * The telling part of an identity error. DefaultAzureCredential throws AggregateAuthenticationError ("ChainedTokenCredential
 * authentication failed.") with one error per credential in `errors`: the managed identity's is the one that matters.
 */
function identityDetail(err: Error): string {
    const errors = (err as { errors?: unknown }).errors;
    const list = Array.isArray(errors) ? errors.filter((x): x is Error => x instanceof Error) : [];
    const chosen = list.find((x) => x.message.includes('ManagedIdentityCredential')) ?? list[list.length - 1] ?? err;
    return firstLine(chosen.message);
}

/**
 * Turns what `SecretClient.getSecret` threw into a CertificateError:
 * - RestError 404 → `secretNotFound`; 403 with inner code SecretDisabled (message "Operation get is not allowed on a
 *   disabled secret.") → `secretDisabled`; other 403 (ForbiddenByRbac, access policy) → `accessDenied`;
 *   401 → `vaultAuthFailed`; 429/5xx and network/TLS errors (no status) → `vaultUnavailable`; else `vaultError`;
 * - @azure/identity errors (CredentialUnavailableError, AuthenticationError, AggregateAuthenticationError from
 *   DefaultAzureCredential: identity endpoint down or refusing) and the challenge-resource check → `vaultAuthFailed`.
 * Aborts (AbortError) are rethrown unchanged.
 */
export function mapKeyVaultError(err: unknown, source: string): unknown {
    if (err instanceof CertificateError) return err;
    if (!(err instanceof Error)) return new CertificateError({ reason: 'vaultError', source, message: 'reading the secret failed.', cause: err });
    if (err.name === 'AbortError') return err;
    const e = err as RestErrorLike;

    if (IDENTITY_ERRORS.has(e.name)) {
        return new CertificateError({
            reason: 'vaultAuthFailed',
            source,
            message:
                `no access token for Key Vault: DefaultAzureCredential (managed identity in Azure) failed: ${identityDetail(err)} ` +
                '(Does the app have a managed identity? A user-assigned one needs AZURE_CLIENT_ID.)',
            cause: err,
        });
    }
    if (/challenge resource .* does not match/i.test(e.message)) {
        return new CertificateError({ reason: 'vaultAuthFailed', source, message: `the vault's authentication challenge names another resource: ${firstLine(e.message)}`, cause: err });
    }

    const status = typeof e.statusCode === 'number' ? e.statusCode : undefined;
    const vaultCode = e.details?.error?.code ?? e.code;
    const innerCode = e.details?.error?.innerError?.code;
    const errorCode = innerCode === undefined ? vaultCode : `${vaultCode ?? ''}/${innerCode}`;
    const common = { source, cause: err, ...(status === undefined ? {} : { status }), ...(errorCode === undefined ? {} : { errorCode }) };
    const detail = firstLine(e.details?.error?.message ?? e.message);

    if (status === 404) return new CertificateError({ ...common, reason: 'secretNotFound', message: `the secret does not exist (404 ${vaultCode ?? 'NotFound'}). Is ASM_CERT_NAME (or ASM_CERT_VERSION) right?` });
    if (status === 403 && (innerCode === 'SecretDisabled' || /disabled secret/i.test(detail))) {
        return new CertificateError({ ...common, reason: 'secretDisabled', message: `the secret is disabled (403: ${detail}). Enable it, or its certificate, in Key Vault.` });
    }
    if (status === 403) {
        return new CertificateError({
            ...common,
            reason: 'accessDenied',
            message: `the app's identity may not read the secret (403 ${errorCode ?? 'Forbidden'}): grant it the 'Key Vault Secrets User' role (or a 'get' secret access policy).`,
        });
    }
    if (status === 401) return new CertificateError({ ...common, reason: 'vaultAuthFailed', message: `Key Vault refused the access token (401 ${vaultCode ?? 'Unauthorized'}): ${detail}` });
    if (status === 429 || (status !== undefined && status >= 500)) {
        return new CertificateError({ ...common, reason: 'vaultUnavailable', message: `Key Vault answered ${status} ${vaultCode ?? ''}`.trimEnd() + '; will retry later.' });
    }
    if (status === undefined) {
        const what = typeof e.code === 'string' && TLS_CODES.test(e.code) ? 'TLS verification failed' : 'the vault cannot be reached';
        return new CertificateError({ ...common, reason: 'vaultUnavailable', message: `${what} (${e.code ?? e.name}): ${firstLine(e.message)}` });
    }
    return new CertificateError({ ...common, reason: 'vaultError', message: `Key Vault answered ${status} ${vaultCode ?? ''}: ${detail}` });
}
