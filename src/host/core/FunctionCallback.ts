/** A registered handler, as the worker sees it: inputs then the context. */
export type FunctionCallback = (...args: unknown[]) => unknown;
