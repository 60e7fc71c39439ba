import type { EmulatorContext } from './EmulatorContext';

/** Waits `ms`; the timer is tracked so closing the emulator cancels it (the request is then dropped). */
export function delay(ctx: EmulatorContext, ms: number): Promise<void> {
    return new Promise((resolve) => {
        const timer = setTimeout(() => {
            ctx.timers.delete(timer);
            resolve();
        }, ms);
        ctx.timers.add(timer);
    });
}
