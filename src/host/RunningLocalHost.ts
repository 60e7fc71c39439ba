import type { FunctionSummary } from './FunctionSummary';

/** A running local host. */
export interface RunningLocalHost {
    /** `http://127.0.0.1:PORT`. */
    readonly origin: string;
    /** The origin plus the route prefix: `http://127.0.0.1:PORT/api`. */
    readonly baseUrl: string;
    readonly port: number;
    /** The functions that run. */
    readonly functions: readonly FunctionSummary[];
    /** Functions that could not be started (the host's "function is in error"), with why. */
    readonly errors: readonly { readonly name: string; readonly message: string }[];
    /** Stops triggers and the HTTP listener, lets running invocations finish, runs appTerminate hooks. */
    stop(): Promise<void>;
}
