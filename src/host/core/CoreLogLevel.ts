/** The worker's log levels and categories (`RpcLogLevel`, `RpcLogCategory`). */
export type CoreLogLevel = 'trace' | 'debug' | 'information' | 'warning' | 'error' | 'critical' | 'none';
export type CoreLogCategory = 'user' | 'system' | 'customMetric';
