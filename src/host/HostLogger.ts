import type { CoreLogLevel } from './core/CoreLogLevel';

/** Where the local host writes its own lines and the functions' logs (function name when the line is theirs). */
export type HostLogger = (level: CoreLogLevel, message: string, functionName?: string) => void;
