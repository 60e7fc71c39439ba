import type { AppSettings } from './AppSettings';

/**
 * Replaces Functions' app-setting binding expressions (`%CLEANUP_SCHEDULE%`) with the settings' values, as the host
 * does for trigger and binding properties; throws "'%X%' does not resolve to a value." like the host when unset.
 */
export function resolveAppSettingExpressions(value: string, settings: AppSettings): string {
    return value.replace(/%([^%\s]+)%/g, (_whole, name: string) => {
        const resolved = settings[name];
        if (resolved === undefined) throw new Error(`'%${name}%' does not resolve to a value.`);
        return resolved;
    });
}
