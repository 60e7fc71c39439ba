import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { cleanupScheduleExpression } from '../../src/cleanup/policy/cleanupScheduleExpression';
import { CleanupPolicyError } from '../../src/cleanup/policy/CleanupPolicyError';
import { createPolicyLoader } from '../../src/cleanup/policy/createPolicyLoader';
import { defaultPolicyJson } from '../../src/cleanup/policy/defaultPolicyJson';
import { formatAge } from '../../src/cleanup/policy/formatAge';
import { parseCleanupPolicy } from '../../src/cleanup/policy/parseCleanupPolicy';
import { parseIsoDuration } from '../../src/cleanup/policy/parseIsoDuration';
import { policyToJson } from '../../src/cleanup/policy/policyToJson';
import { readPolicySource } from '../../src/cleanup/policy/readPolicySource';
import { globToRegExp } from '../../src/cleanup/plan/globToRegExp';

function issuesOf(input: unknown): { field: string; message: string }[] {
    try {
        parseCleanupPolicy(input, 'CLEANUP_POLICY');
    } catch (err) {
        assert.ok(err instanceof CleanupPolicyError, `expected CleanupPolicyError, got ${String(err)}`);
        return err.issues.map((i) => ({ ...i }));
    }
    assert.fail('the policy was accepted');
}

describe('policy: defaults', () => {
    it('an empty policy is every default, and safe', () => {
        const p = parseCleanupPolicy({});
        assert.deepEqual(policyToJson(p), {
            maxAge: 'P7D',
            ageFrom: 'lastModifiedTime',
            slots: ['staging'],
            include: { services: ['*'], deployments: ['*'] },
            exclude: { services: [], deployments: [] },
            protectionMarker: { name: 'CleanupProtected', value: 'true' },
            statuses: ['*'],
            deleteDisks: false,
            deleteEmptyHostedServices: false,
            gracePeriod: 'P0D',
            maxDeletionsPerRun: 20,
            concurrency: 8,
            dryRun: true,
        });
        assert.equal(p.maxAge.ms, 7 * 86_400_000);
        assert.equal(p.gracePeriod.ms, 0);
    });

    it('round-trips through its JSON (what a run stores)', () => {
        const p = parseCleanupPolicy({ maxAge: 'p2dt3h', slots: ['Production'], exclude: { services: ['x-*'] }, gracePeriod: 'P1W', dryRun: false });
        assert.deepEqual(parseCleanupPolicy(policyToJson(p)), p);
        assert.equal(p.maxAge.text, 'P2DT3H');
        assert.deepEqual(p.slots, ['production']);
    });

    it('a partial include/exclude keeps the other list default', () => {
        const p = parseCleanupPolicy({ include: { services: ['a*'] }, exclude: { deployments: ['b'] } });
        assert.deepEqual(p.include, { services: ['a*'], deployments: ['*'] });
        assert.deepEqual(p.exclude, { services: [], deployments: ['b'] });
    });

    it('documents exactly the fields it accepts', () => {
        assert.deepEqual(Object.keys(defaultPolicyJson).sort(), Object.keys(policyToJson(parseCleanupPolicy({}))).sort());
    });
});

describe('policy: validation names the field', () => {
    const table: readonly { name: string; input: unknown; field: string; message: RegExp }[] = [
        { name: 'not an object', input: [], field: '(policy)', message: /JSON object/ },
        { name: 'unknown field', input: { maxage: 'P1D' }, field: 'maxage', message: /not a policy field/ },
        { name: 'unknown nested field', input: { include: { servicez: ['*'] } }, field: 'include.servicez', message: /not a policy field/ },
        { name: 'unknown marker field', input: { protectionMarker: { name: 'x', value: 'y', case: 'any' } }, field: 'protectionMarker.case', message: /not a policy field/ },
        { name: 'maxAge not a duration', input: { maxAge: '7 days' }, field: 'maxAge', message: /ISO-8601 duration/ },
        { name: 'maxAge a number', input: { maxAge: 7 }, field: 'maxAge', message: /duration string/ },
        { name: 'maxAge in months', input: { maxAge: 'P1M' }, field: 'maxAge', message: /months/ },
        { name: 'maxAge in years', input: { maxAge: 'P1Y' }, field: 'maxAge', message: /years/ },
        { name: 'maxAge zero', input: { maxAge: 'PT0S' }, field: 'maxAge', message: /longer than zero/ },
        { name: 'maxAge bare P', input: { maxAge: 'P' }, field: 'maxAge', message: /ISO-8601/ },
        { name: 'maxAge dangling T', input: { maxAge: 'P1DT' }, field: 'maxAge', message: /ISO-8601/ },
        { name: 'ageFrom unknown', input: { ageFrom: 'deployedTime' }, field: 'ageFrom', message: /createdTime/ },
        { name: 'slots unknown slot', input: { slots: ['staging', 'canary'] }, field: 'slots[1]', message: /production, staging/ },
        { name: 'slots empty', input: { slots: [] }, field: 'slots', message: /at least one/ },
        { name: 'slots twice', input: { slots: ['staging', 'Staging'] }, field: 'slots', message: /twice/ },
        { name: 'slots not a list', input: { slots: 'staging' }, field: 'slots', message: /list/ },
        { name: 'include.services empty', input: { include: { services: [] } }, field: 'include.services', message: /at least one/ },
        { name: 'pattern with a slash', input: { exclude: { services: ['shop/*'] } }, field: 'exclude.services[0]', message: /name patterns/ },
        { name: 'pattern not a string', input: { exclude: { deployments: [3] } }, field: 'exclude.deployments[0]', message: /name patterns/ },
        { name: 'include not an object', input: { include: ['*'] }, field: 'include', message: /object/ },
        { name: 'marker name empty', input: { protectionMarker: { name: '' } }, field: 'protectionMarker.name', message: /non-empty/ },
        { name: 'statuses empty', input: { statuses: [] }, field: 'statuses', message: /at least one/ },
        { name: 'statuses odd', input: { statuses: ['Run ning'] }, field: 'statuses[0]', message: /status patterns/ },
        { name: 'deleteDisks not boolean', input: { deleteDisks: 'yes' }, field: 'deleteDisks', message: /true or false/ },
        { name: 'deleteEmptyHostedServices not boolean', input: { deleteEmptyHostedServices: 1 }, field: 'deleteEmptyHostedServices', message: /true or false/ },
        { name: 'gracePeriod invalid', input: { gracePeriod: '3d' }, field: 'gracePeriod', message: /ISO-8601/ },
        { name: 'maxDeletionsPerRun negative', input: { maxDeletionsPerRun: -1 }, field: 'maxDeletionsPerRun', message: /0 to 10000/ },
        { name: 'maxDeletionsPerRun fractional', input: { maxDeletionsPerRun: 2.5 }, field: 'maxDeletionsPerRun', message: /whole number/ },
        { name: 'concurrency zero', input: { concurrency: 0 }, field: 'concurrency', message: /1 to 64/ },
        { name: 'dryRun as a string', input: { dryRun: 'false' }, field: 'dryRun', message: /true or false/ },
    ];
    for (const c of table) {
        it(c.name, () => {
            const issues = issuesOf(c.input);
            const issue = issues.find((i) => i.field === c.field);
            assert.ok(issue, `no issue for ${c.field}: ${JSON.stringify(issues)}`);
            assert.match(issue.message, c.message);
        });
    }

    it('reports every problem at once, and says where the policy came from', () => {
        try {
            parseCleanupPolicy({ maxAge: 'x', concurrency: 100, colour: 'red' }, 'blob cleanup/policy.json');
            assert.fail('accepted');
        } catch (err) {
            assert.ok(err instanceof CleanupPolicyError);
            assert.deepEqual(err.issues.map((i) => i.field).sort(), ['colour', 'concurrency', 'maxAge']);
            assert.match(err.message, /^Invalid cleanup policy \(blob cleanup\/policy\.json\): /);
        }
    });

    it('a gracePeriod of zero is allowed (no grace)', () => {
        assert.equal(parseCleanupPolicy({ gracePeriod: 'PT0S' }).gracePeriod.ms, 0);
    });
});

describe('policy: where it comes from', () => {
    it('CLEANUP_POLICY, CLEANUP_POLICY_BLOB, or defaults; never both', () => {
        assert.deepEqual(readPolicySource({}), { kind: 'defaults' });
        assert.deepEqual(readPolicySource({ CLEANUP_POLICY: '{"maxAge":"P1D"}' }), { kind: 'setting', json: '{"maxAge":"P1D"}' });
        assert.deepEqual(readPolicySource({ CLEANUP_POLICY_BLOB: 'cleanup/policies/main.json' }), { kind: 'blob', container: 'cleanup', name: 'policies/main.json' });
        assert.throws(() => readPolicySource({ CLEANUP_POLICY: '{}', CLEANUP_POLICY_BLOB: 'a/b' }), (e: unknown) => e instanceof CleanupPolicyError && /CLEANUP_POLICY_BLOB/.test(e.message));
        assert.throws(() => readPolicySource({ CLEANUP_POLICY_BLOB: 'no-slash' }), /container>\/<blob name/);
        assert.throws(() => readPolicySource({ CLEANUP_POLICY_BLOB: 'Bad_Container/x.json' }), /CLEANUP_POLICY_BLOB/);
    });

    it('the setting must be JSON; the error names it', async () => {
        const load = createPolicyLoader({ kind: 'setting', json: '{maxAge: P1D}' }, { readBlob: () => Promise.resolve(undefined), now: Date.now });
        await assert.rejects(load(), (e: unknown) => e instanceof CleanupPolicyError && /CLEANUP_POLICY/.test(e.message) && /not valid JSON/.test(e.message));
    });

    it('a blob policy is validated, cached for a while, and a missing blob is an error (never silently defaults)', async () => {
        let reads = 0;
        let now = 0;
        let text: string | undefined = '{"maxAge":"P2D"}';
        const load = createPolicyLoader({ kind: 'blob', container: 'cleanup', name: 'policy.json' }, {
            readBlob: () => {
                reads++;
                return Promise.resolve(text);
            },
            now: () => now,
            blobTtlMs: 1000,
        });
        assert.equal((await load()).maxAge.text, 'P2D');
        await load();
        assert.equal(reads, 1);
        now = 2000;
        text = undefined;
        await assert.rejects(load(), /does not exist/);
        text = '{"maxAge":"P2D","oops":1}';
        await assert.rejects(load(), (e: unknown) => e instanceof CleanupPolicyError && /blob cleanup\/policy\.json/.test(e.message) && /oops/.test(e.message));
    });

    it('CLEANUP_SCHEDULE: the setting when set, else daily 02:00 UTC', () => {
        assert.equal(cleanupScheduleExpression({}), '0 0 2 * * *');
        assert.equal(cleanupScheduleExpression({ CLEANUP_SCHEDULE: ' ' }), '0 0 2 * * *');
        assert.equal(cleanupScheduleExpression({ CLEANUP_SCHEDULE: '0 30 1 * * *' }), '%CLEANUP_SCHEDULE%');
    });
});

describe('ISO durations, ages and globs', () => {
    it('parses weeks, days, hours, minutes, seconds', () => {
        const ms = (t: string) => {
            const d = parseIsoDuration(t);
            return typeof d === 'string' ? d : d.ms;
        };
        assert.equal(ms('P7D'), 604_800_000);
        assert.equal(ms('P1W'), 604_800_000);
        assert.equal(ms('PT36H'), 129_600_000);
        assert.equal(ms('P1DT2H3M4S'), 93_784_000);
        assert.equal(ms('PT0.5S'), 500);
        assert.equal(ms('P0D'), 0);
        assert.match(String(ms('-P1D')), /not an ISO-8601/);
        assert.match(String(ms('P1.5D')), /not an ISO-8601/);
    });

    it('formats ages readably', () => {
        assert.equal(formatAge(0), '0s');
        assert.equal(formatAge(45_000), '45s');
        assert.equal(formatAge(7 * 86_400_000), '7d');
        assert.equal(formatAge(7 * 86_400_000 + 3 * 3_600_000 + 5_000), '7d 3h');
        assert.equal(formatAge(90 * 60_000), '1h 30m');
    });

    it('globs: * any run, ? one character, everything else literal, anchored, case-insensitive', () => {
        const m = (p: string, s: string) => globToRegExp(p).test(s);
        assert.ok(m('*', ''));
        assert.ok(m('web-*', 'web-'));
        assert.ok(m('web-*', 'WEB-01'));
        assert.ok(!m('web-*', 'old-web-01'));
        assert.ok(m('v?', 'v1'));
        assert.ok(!m('v?', 'v10'));
        assert.ok(m('*-stage', 'shop-stage'));
        assert.ok(m('a.b', 'a.b'));
        assert.ok(!m('a.b', 'axb'));
        assert.ok(m('(x)+', '(x)+'));
    });
});
