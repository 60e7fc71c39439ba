import type { AppSettings } from './config/AppSettings';
import type { HostLogger } from './HostLogger';

/** How to run a function app locally. */
export interface LocalHostOptions {
    /** The function app directory (host.json, package.json); relative globs resolve against it. */
    readonly root: string;
    /** The entry point glob; default package.json `main` (what the Azure worker loads). */
    readonly main?: string;
    /** host.json's content; default `<root>/host.json`. */
    readonly hostJson?: unknown;
    /** HTTP port (default 7071; 0 picks a free one). */
    readonly port?: number;
    /** Loopback address to listen on (default 127.0.0.1). */
    readonly host?: string;
    /** App settings for bindings (`%X%`, connections); default process.env. */
    readonly settings?: AppSettings;
    /** What `UseDevelopmentStorage=true` means (default: Azurite on its default ports). */
    readonly developmentStorage?: string;
    /** Where lines go (default: console, Core Tools style). */
    readonly logger?: HostLogger;
    /** Invisibility lease of received queue messages (default 10 min, renewed at half-time). */
    readonly queueLeaseMs?: number;
}
