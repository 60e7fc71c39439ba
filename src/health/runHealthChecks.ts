import type { AppServices } from '../app/AppServices';
import { operations } from '../asm/operations/catalogue';
import { CertificateError } from '../certs/errors/CertificateError';
import { AsmHttpError } from '../client/errors/AsmHttpError';
import { AsmTransportError } from '../client/errors/AsmTransportError';
import { isAsmError } from '../client/errors/isAsmError';
import type { HealthCheck, HealthReport } from './healthReportSchema';

/** Each check is bounded by this, ms. */
export const HEALTH_CHECK_TIMEOUT_MS = 5_000;
/** A certificate with fewer days left than this makes the certificate check `warn`. */
export const CERTIFICATE_WARN_DAYS = 14;

const DAY_MS = 24 * 60 * 60 * 1000;

/** A short, secret-free code for a failure: the certificate reason, ASM's code and status, a transport kind, an errno. */
function failureCode(err: unknown): string {
    if (err instanceof CertificateError) return `Certificate${err.reason.charAt(0).toUpperCase()}${err.reason.slice(1)}`;
    if (err instanceof AsmHttpError) return `${err.status} ${err.asmCode ?? 'HttpError'}`;
    if (err instanceof AsmTransportError) return `${err.kind}${err.errorCode === undefined ? '' : ` ${err.errorCode}`}`;
    if (isAsmError(err)) return err.code;
    const e = err as { code?: unknown; statusCode?: unknown; name?: unknown };
    if (typeof e.code === 'string' && /^[A-Za-z0-9_]{1,64}$/.test(e.code)) return e.statusCode === undefined ? e.code : `${String(e.statusCode)} ${e.code}`;
    if (e.name === 'AbortError' || e.name === 'TimeoutError') return 'timeout';
    return 'error';
}

async function timed(run: () => Promise<Partial<HealthCheck> | void>, now: () => number): Promise<{ check: HealthCheck; error?: unknown }> {
    const start = now();
    try {
        const extra = (await run()) ?? {};
        return { check: { status: 'pass', ...extra, durationMs: Math.max(0, now() - start) } };
    } catch (error) {
        return { check: { status: 'fail', detail: failureCode(error), durationMs: Math.max(0, now() - start) }, error };
    }
}

/**
 * Runs the health checks in parallel, each bounded: configuration (settings present and valid), certificate (loads;
 * thumbprint and days to expiry; warn under 14 days), ASM (listLocations, no retries) and storage (queue service
 * properties). Failures are reported by code only, and logged in full through `log`.
 */
export async function runHealthChecks(app: AppServices, log: (message: string) => void = () => undefined): Promise<HealthReport> {
    const now = () => app.now();
    const checkedAt = new Date(now()).toISOString();
    let configCheck: HealthCheck;
    try {
        app.config();
        configCheck = { status: 'pass' };
    } catch (err) {
        log(`health: configuration: ${err instanceof Error ? err.message : String(err)}`);
        const skipped: HealthCheck = { status: 'skip', detail: 'configuration is invalid' };
        return {
            status: 'unhealthy',
            checkedAt,
            checks: {
                configuration: { status: 'fail', detail: err instanceof Error ? err.message : 'invalid configuration' },
                certificate: skipped,
                asm: skipped,
                storage: skipped,
            },
        };
    }
    const [certificate, asm, storage] = await Promise.all([
        timed(async () => {
            const cert = await app.certificateSource().get();
            const days = Math.floor((cert.notAfter.getTime() - now()) / DAY_MS);
            return { status: days < CERTIFICATE_WARN_DAYS ? 'warn' : 'pass', thumbprint: cert.thumbprint, notAfter: cert.notAfter.toISOString(), daysToExpiry: days };
        }, now),
        timed(async () => {
            await app.client().send(operations.listLocations, {}, { timeoutMs: HEALTH_CHECK_TIMEOUT_MS, retry: { maxRetries: 0, retryBudgetMs: HEALTH_CHECK_TIMEOUT_MS } });
        }, now),
        timed(async () => {
            await app.storageProbe()({ timeoutMs: HEALTH_CHECK_TIMEOUT_MS });
        }, now),
    ]);
    for (const [name, result] of [['certificate', certificate], ['asm', asm], ['storage', storage]] as const) {
        if (result.error !== undefined) log(`health: ${name}: ${result.error instanceof Error ? result.error.message : String(result.error)}`);
    }
    const checks = { configuration: configCheck, certificate: certificate.check, asm: asm.check, storage: storage.check };
    const healthy = Object.values(checks).every((c) => c.status === 'pass' || c.status === 'warn');
    return { status: healthy ? 'healthy' : 'unhealthy', checkedAt, checks };
}
