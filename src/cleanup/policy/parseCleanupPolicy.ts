import type { AgeField, CleanupPolicy, DeploymentSlot, NamePatterns, ProtectionMarker } from './CleanupPolicy';
import { CleanupPolicyError, type PolicyIssue } from './CleanupPolicyError';
import { defaultPolicyJson } from './defaultPolicyJson';
import type { IsoDuration } from './IsoDuration';
import { parseIsoDuration } from './parseIsoDuration';

type Json = Record<string, unknown>;

const NAME_GLOB = /^[A-Za-z0-9*?-]{1,63}$/;
const STATUS_GLOB = /^[A-Za-z*?]{1,40}$/;
const MAX_DELETIONS_LIMIT = 10_000;
const CONCURRENCY_LIMIT = 64;

function isObject(v: unknown): v is Json {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Reads fields of one JSON object, collecting issues instead of throwing, and rejecting unknown fields. */
class Reader {
    constructor(
        private readonly issues: PolicyIssue[],
        private readonly obj: Json,
        private readonly path: string,
        allowed: readonly string[],
    ) {
        for (const key of Object.keys(obj)) {
            if (!allowed.includes(key)) this.issue(key, `is not a policy field (allowed: ${allowed.join(', ')})`);
        }
    }

    issue(key: string, message: string): void {
        this.issues.push({ field: this.path + key, message });
    }

    has(key: string): boolean {
        return this.obj[key] !== undefined;
    }

    duration(key: string, fallback: string, allowZero: boolean): IsoDuration {
        const v = this.obj[key] ?? fallback;
        if (typeof v !== 'string') return this.fail(key, 'must be an ISO-8601 duration string such as "P7D"', fallback);
        const parsed = parseIsoDuration(v);
        if (typeof parsed === 'string') return this.fail(key, parsed, fallback);
        if (!allowZero && parsed.ms <= 0) return this.fail(key, 'must be longer than zero', fallback);
        return parsed;
    }

    boolean(key: string, fallback: boolean): boolean {
        const v = this.obj[key] ?? fallback;
        if (typeof v !== 'boolean') {
            this.issue(key, `must be true or false, got ${JSON.stringify(v)}`);
            return fallback;
        }
        return v;
    }

    integer(key: string, fallback: number, min: number, max: number): number {
        const v = this.obj[key] ?? fallback;
        if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
            this.issue(key, `must be a whole number from ${min} to ${max}, got ${JSON.stringify(v)}`);
            return fallback;
        }
        return v;
    }

    string(key: string, fallback: string, pattern?: RegExp): string {
        const v = this.obj[key] ?? fallback;
        if (typeof v !== 'string' || v === '' || (pattern !== undefined && !pattern.test(v))) {
            this.issue(key, `must be a non-empty string${pattern ? ` matching ${pattern.source}` : ''}, got ${JSON.stringify(v)}`);
            return fallback;
        }
        return v;
    }

    /** A list of strings each matching `pattern`; `nonEmpty` refuses `[]`. */
    strings(key: string, fallback: readonly string[], pattern: RegExp, what: string, nonEmpty: boolean): readonly string[] {
        const v = this.obj[key] ?? fallback;
        if (!Array.isArray(v)) {
            this.issue(key, `must be a list of ${what}`);
            return fallback;
        }
        if (nonEmpty && v.length === 0) {
            this.issue(key, `must list at least one ${what.replace(/s$/, '')} ("*" for all)`);
            return fallback;
        }
        const out: string[] = [];
        v.forEach((item: unknown, i) => {
            if (typeof item !== 'string' || !pattern.test(item)) {
                this.issues.push({ field: `${this.path}${key}[${i}]`, message: `must be one of ${what} (${pattern.source}), got ${JSON.stringify(item)}` });
            } else out.push(item);
        });
        return out;
    }

    object(key: string): Json | undefined {
        const v = this.obj[key];
        if (v === undefined) return undefined;
        if (!isObject(v)) {
            this.issue(key, 'must be an object');
            return undefined;
        }
        return v;
    }

    private fail(key: string, message: string, fallback: string): IsoDuration {
        this.issue(key, message);
        return { text: fallback, ms: 0 };
    }
}

function patterns(issues: PolicyIssue[], parent: Reader, key: 'include' | 'exclude'): NamePatterns {
    const defaults = defaultPolicyJson[key];
    const obj = parent.object(key) ?? {};
    const r = new Reader(issues, obj, `${key}.`, ['services', 'deployments']);
    const nonEmpty = key === 'include';
    return {
        services: r.strings('services', defaults.services, NAME_GLOB, 'name patterns', nonEmpty),
        deployments: r.strings('deployments', defaults.deployments, NAME_GLOB, 'name patterns', nonEmpty),
    };
}

function protectionMarker(issues: PolicyIssue[], parent: Reader): ProtectionMarker {
    const obj = parent.object('protectionMarker') ?? {};
    const r = new Reader(issues, obj, 'protectionMarker.', ['name', 'value']);
    const d = defaultPolicyJson.protectionMarker;
    return { name: r.string('name', d.name, /^[A-Za-z0-9_.-]{1,64}$/), value: r.string('value', d.value) };
}

function slots(issues: PolicyIssue[], r: Reader): readonly DeploymentSlot[] {
    const raw = r.strings('slots', defaultPolicyJson.slots, /^(production|staging)$/i, 'slots (production, staging)', true);
    const out = [...new Set(raw.map((s) => s.toLowerCase() as DeploymentSlot))];
    if (out.length !== raw.length) issues.push({ field: 'slots', message: 'lists a slot twice' });
    return out;
}

function ageFrom(r: Reader, value: unknown): AgeField {
    if (value === undefined) return defaultPolicyJson.ageFrom;
    if (value === 'createdTime' || value === 'lastModifiedTime') return value;
    r.issue('ageFrom', `must be "createdTime" or "lastModifiedTime", got ${JSON.stringify(value)}`);
    return defaultPolicyJson.ageFrom;
}

/**
 * Validates a policy (parsed JSON) and fills every default (defaultPolicyJson). Unknown fields, wrong types and
 * out-of-range values are refused with CleanupPolicyError naming each field; `source` says where the policy came
 * from (`CLEANUP_POLICY`, `blob cleanup/policy.json`) so the message points at what to fix.
 */
export function parseCleanupPolicy(input: unknown, source = 'CLEANUP_POLICY'): CleanupPolicy {
    const issues: PolicyIssue[] = [];
    if (!isObject(input)) throw new CleanupPolicyError(source, [{ field: '(policy)', message: 'must be a JSON object' }]);
    const r = new Reader(issues, input, '', Object.keys(defaultPolicyJson));
    const policy: CleanupPolicy = {
        maxAge: r.duration('maxAge', defaultPolicyJson.maxAge, false),
        ageFrom: ageFrom(r, input['ageFrom']),
        slots: slots(issues, r),
        include: patterns(issues, r, 'include'),
        exclude: patterns(issues, r, 'exclude'),
        protectionMarker: protectionMarker(issues, r),
        statuses: r.strings('statuses', defaultPolicyJson.statuses, STATUS_GLOB, 'status patterns', true),
        deleteDisks: r.boolean('deleteDisks', defaultPolicyJson.deleteDisks),
        deleteEmptyHostedServices: r.boolean('deleteEmptyHostedServices', defaultPolicyJson.deleteEmptyHostedServices),
        gracePeriod: r.duration('gracePeriod', defaultPolicyJson.gracePeriod, true),
        maxDeletionsPerRun: r.integer('maxDeletionsPerRun', defaultPolicyJson.maxDeletionsPerRun, 0, MAX_DELETIONS_LIMIT),
        concurrency: r.integer('concurrency', defaultPolicyJson.concurrency, 1, CONCURRENCY_LIMIT),
        dryRun: r.boolean('dryRun', defaultPolicyJson.dryRun),
    };
    if (issues.length > 0) throw new CleanupPolicyError(source, issues);
    return policy;
}
