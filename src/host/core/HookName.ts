/** The hooks the worker runs (`registerHook` rejects any other name with a RangeError, as the worker does). */
export const HOOK_NAMES = ['preInvocation', 'postInvocation', 'appStart', 'appTerminate', 'log'] as const;
export type HookName = (typeof HOOK_NAMES)[number];
/** A hook callback; its context is the worker's plain object (hookData, appHookData, invocationContext, …). */
export type HookCallback = (context: Record<string, unknown>) => unknown;
