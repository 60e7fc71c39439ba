import type { Timer } from '@azure/functions';
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { parseTimeSpan } from '../../src/host/config/parseTimeSpan';
import { resolveAppSettingExpressions } from '../../src/host/config/resolveAppSettingExpressions';
import type { RunningLocalHost } from '../../src/host/RunningLocalHost';
import { startLocalHost } from '../../src/host/startLocalHost';
import { parseSchedule } from '../../src/host/timers/parseSchedule';
import { retryDelayMs } from '../../src/host/timers/retryDelayMs';
import { projectRoot } from '../helpers/projectPaths';
import { recorder } from './fixtures/recorder';
import { waitFor } from './waitFor';

describe('schedules', () => {
    it('evaluates six-field NCRONTAB in UTC, day and day-of-week both required', () => {
        const s = parseSchedule('0 30 9 * * 1-5');
        assert.equal(s.next(new Date('2026-01-02T09:30:00Z'))?.toISOString(), '2026-01-05T09:30:00.000Z', 'Friday 09:30 → Monday 09:30');
        const both = parseSchedule('0 0 0 13 * 5');
        assert.equal(both.next(new Date('2026-01-01T00:00:00Z'))?.toISOString(), '2026-02-13T00:00:00.000Z', 'the next Friday the 13th');
        assert.equal(parseSchedule('*/15 * * * * *').next(new Date('2026-01-01T00:00:07Z'))?.toISOString(), '2026-01-01T00:00:15.000Z');
    });

    it('accepts five fields (second 0) and TimeSpan intervals, rejects the rest', () => {
        assert.equal(parseSchedule('*/5 * * * *').next(new Date('2026-01-01T00:01:00Z'))?.toISOString(), '2026-01-01T00:05:00.000Z');
        assert.equal(parseSchedule('00:00:30').next(new Date('2026-01-01T00:00:00Z'))?.toISOString(), '2026-01-01T00:00:30.000Z');
        assert.throws(() => parseSchedule('every minute'), /not recognized/);
        assert.throws(() => parseSchedule('0 0 25 * * *'), /not recognized/);
    });

    it('honours a time zone', () => {
        const s = parseSchedule('0 0 9 * * *', 'Europe/Paris');
        assert.equal(s.next(new Date('2026-01-01T00:00:00Z'))?.toISOString(), '2026-01-01T08:00:00.000Z');
    });

    it('resolves %SETTING% expressions and names the missing ones', () => {
        assert.equal(resolveAppSettingExpressions('%A% and %B%', { A: '1', B: '2' }), '1 and 2');
        assert.throws(() => resolveAppSettingExpressions('%CLEANUP_SCHEDULE%', {}), /'%CLEANUP_SCHEDULE%' does not resolve to a value/);
    });

    it('parses TimeSpans as .NET does', () => {
        assert.equal(parseTimeSpan('00:00:30'), 30_000);
        assert.equal(parseTimeSpan('00:00:00.250'), 250);
        assert.equal(parseTimeSpan('1.02:03:04'), 93_784_000);
        assert.equal(parseTimeSpan('00:10'), 600_000);
        assert.equal(parseTimeSpan('2'), 2 * 86_400_000, 'a bare number is days');
        assert.throws(() => parseTimeSpan('00:61:00'), /out of range/);
    });

    it('computes retry delays (fixed and exponential, bounded by maxRetryCount)', () => {
        const fixed = { retryStrategy: 'fixedDelay', maxRetryCount: 2, delayInterval: { seconds: 3 } };
        assert.deepEqual([1, 2, 3].map((n) => retryDelayMs(fixed, n)), [3000, 3000, undefined]);
        const exp = { retryStrategy: 'exponentialBackoff', maxRetryCount: -1, minimumInterval: { seconds: 1 }, maximumInterval: { seconds: 5 } };
        assert.deepEqual([1, 2, 3, 4, 10].map((n) => retryDelayMs(exp, n)), [1000, 2000, 4000, 5000, 5000]);
        assert.equal(retryDelayMs(undefined, 1), undefined);
    });
});

describe('timer functions through the local host', () => {
    let host: RunningLocalHost;
    const lines: string[] = [];

    before(async () => {
        recorder.reset();
        host = await startLocalHost({
            root: projectRoot(),
            main: path.join(__dirname, 'fixtures', 'timerApp', '*.js'),
            port: 0,
            settings: { TICK_SCHEDULE: '*/1 * * * * *' },
            logger: (_level, message) => lines.push(message),
        });
    });
    after(() => host?.stop());

    it('puts a function whose %SETTING% is unset in error and runs the others', () => {
        assert.deepEqual(host.errors, [{ name: 'unresolved', message: "'%SETTING_THAT_IS_NOT_SET%' does not resolve to a value." }]);
        assert.deepEqual(host.functions.map((f) => f.name).sort(), ['retrying', 'startup', 'tick']);
        assert.equal(host.functions.find((f) => f.name === 'tick')?.description, 'schedule */1 * * * * *');
    });

    it('fires a %SETTING% schedule on time with a Timer object (isPastDue false, scheduleStatus)', async () => {
        const ticks = await waitFor('two ticks', () => recorder.of('tick').length >= 2 && recorder.of('tick'), 8000);
        for (const call of ticks.slice(0, 2)) {
            const timer = call.input as Timer;
            assert.equal(timer.isPastDue, false);
            assert.deepEqual(timer.schedule, { adjustForDST: true });
            const next = Date.parse(timer.scheduleStatus.next);
            assert.match(timer.scheduleStatus.next, /\.000Z$/);
            assert.ok(next > call.at - 50 && next - call.at <= 1100, `next (${timer.scheduleStatus.next}) is the following second`);
            assert.ok(Date.parse(timer.scheduleStatus.last) <= call.at);
            assert.equal(call.extra?.['triggerMetadata'], null);
        }
        const [first, second] = ticks as unknown as [{ input: Timer }, { input: Timer }];
        assert.ok(Date.parse(second.input.scheduleStatus.last) >= Date.parse(first.input.scheduleStatus.next) - 1000);
    });

    it('honours runOnStartup once, not again until the schedule says so', async () => {
        await waitFor('the startup run', () => recorder.of('startup').length === 1, 5000);
        const timer = recorder.of('startup')[0]?.input as Timer;
        assert.equal(timer.isPastDue, false);
        assert.match(timer.scheduleStatus.next, /-01-01T00:00:00\.000Z$/);
    });

    it("applies the function's retry policy with context.retryContext", async () => {
        await waitFor('two retries', () => recorder.of('retrying').length === 3, 5000);
        assert.deepEqual(recorder.of('retrying').map((c) => c.input), [0, 1, 2]);
    });

    it('runs a timer function on POST /admin/functions/{name}', async () => {
        const res = await fetch(`${host.origin}/admin/functions/startup`, { method: 'POST', body: '{"input": ""}' });
        assert.equal(res.status, 202);
        await waitFor('the manual run', () => recorder.of('startup').length === 2, 5000);
    });

    it('stops firing once stopped', async () => {
        await host.stop();
        const count = recorder.of('tick').length;
        await new Promise((resolve) => setTimeout(resolve, 1300));
        assert.equal(recorder.of('tick').length, count);
    });
});
