import assert from 'node:assert/strict';
import { test } from 'node:test';

import { TurnQueue } from '../../../src/client/transport/TurnQueue';

/** A check phase run by hand: `turn()` runs what was deferred before it started (as Node runs immediates). */
function manualTurns() {
    let pending: (() => void)[] = [];
    return {
        defer: (callback: () => void) => {
            pending.push(callback);
        },
        turn: () => {
            const now = pending;
            pending = [];
            for (const callback of now) callback();
        },
        get deferred() {
            return pending.length;
        },
    };
}

/** A queue on hand-run turns; `add(name)` queues a job that records its name in `ran` when it runs. */
function recordingQueue() {
    const turns = manualTurns();
    const queue = new TurnQueue(turns.defer);
    const ran: string[] = [];
    return { turns, queue, ran, add: (name: string) => queue.run(() => ran.push(name)) };
}

test('the first job of a turn runs at once; later ones wait and run one per turn, in order', () => {
    const { turns, queue, ran, add } = recordingQueue();
    add('a');
    add('b');
    add('c');
    assert.deepEqual(ran, ['a']);
    assert.equal(queue.waiting, 2);
    turns.turn();
    assert.deepEqual(ran, ['a', 'b']);
    turns.turn();
    assert.deepEqual(ran, ['a', 'b', 'c']);
    assert.equal(queue.waiting, 0);
    turns.turn();
    assert.equal(turns.deferred, 0, 'nothing left scheduled once the queue is empty');
});

test('once a turn has ended, the next job runs at once again', () => {
    const { turns, ran, add } = recordingQueue();
    add('a');
    turns.turn();
    add('b');
    assert.deepEqual(ran, ['a', 'b']);
});

test('a job arriving while others wait queues behind them, even in a fresh turn', () => {
    const { turns, ran, add } = recordingQueue();
    add('a');
    add('b');
    add('c');
    turns.turn(); // b
    add('d'); // c still waits: d goes behind it
    assert.deepEqual(ran, ['a', 'b']);
    turns.turn();
    turns.turn();
    assert.deepEqual(ran, ['a', 'b', 'c', 'd']);
});

test('with setImmediate: what a job defers (a request write) runs before the job after next, not after the whole burst', async () => {
    const queue = new TurnQueue();
    const events: string[] = [];
    // Five responses complete in one I/O callback; each caller then sends a request, which the HTTP client writes
    // in the next check phase (as undici does on a reused keep-alive connection).
    await new Promise<void>((done) => {
        setTimeout(() => {
            for (let i = 1; i <= 5; i++) {
                queue.run(() => {
                    events.push(`job ${i}`);
                    setImmediate(() => {
                        events.push(`write ${i}`);
                        if (i === 5) done();
                    });
                });
            }
        }, 0);
    });
    for (let i = 1; i <= 5; i++) {
        const write = events.indexOf(`write ${i}`);
        const laterJob = events.indexOf(`job ${i + 2}`);
        assert.ok(write >= 0, `write ${i} happened`);
        if (i + 2 <= 5) assert.ok(write < laterJob, `write ${i} before job ${i + 2}: ${events.join(', ')}`);
    }
    assert.ok(events.indexOf('write 1') < events.indexOf('job 2'), `the first write goes out before the second job: ${events.join(', ')}`);
});
