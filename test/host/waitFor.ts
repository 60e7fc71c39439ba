/** Polls `probe` every 25 ms until it returns a truthy value (returned) or `timeoutMs` passes (throws `what`). */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 10_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const value = await probe();
        if (value) return value;
        if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.`);
        await new Promise((resolve) => setTimeout(resolve, 25));
    }
}
