import type { AppSettings } from '../config/AppSettings';

/** The app setting a storage binding uses when its `connection` is empty. */
export const DEFAULT_STORAGE_CONNECTION = 'AzureWebJobsStorage';

/**
 * The connection string behind a storage binding's `connection` (an app setting name, tried as given and with the
 * `AzureWebJobs` prefix, as the host does). `UseDevelopmentStorage=true` becomes `developmentStorage` (the local
 * Azurite). Throws the host's message when the setting is missing; identity-based connections (`name__…`) need
 * Azure and are refused.
 */
export function resolveStorageConnection(connection: unknown, settings: AppSettings, developmentStorage: string): string {
    const name = typeof connection === 'string' && connection.trim() !== '' ? connection.trim() : DEFAULT_STORAGE_CONNECTION;
    const value = settings[name] ?? settings[`AzureWebJobs${name}`];
    if (value === undefined || value.trim() === '') {
        const identity = Object.keys(settings).some((k) => k.startsWith(`${name}__`));
        if (identity) throw new Error(`The connection '${name}' is identity-based (${name}__…); the local host needs a connection string.`);
        throw new Error(`Storage account connection string '${name}' does not exist. Make sure that it is a defined App Setting.`);
    }
    return /(^|;)\s*UseDevelopmentStorage\s*=\s*true\s*(;|$)/i.test(value) ? developmentStorage : value;
}
