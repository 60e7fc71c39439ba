/** Cloud service (DNS) names: letters, digits and hyphens, 1–63 characters, no hyphen at either end. */
export function isValidHostedServiceName(name: string): boolean {
    return /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/.test(name);
}

/** Storage account names: 3–24 lower-case letters and digits. */
export function isValidStorageAccountName(name: string): boolean {
    return /^[a-z0-9]{3,24}$/.test(name);
}

/** Deployment and role names: letters, digits, hyphens, dots and underscores, not starting with a symbol. */
export function isValidDeploymentName(name: string): boolean {
    return /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(name);
}

/**
 * ASM's update semantics for ExtendedProperties (PY-REC test_update_storage_account: properties not named in the
 * update are kept, named ones are replaced in place, new ones appended); an empty value removes the property.
 */
export function mergeExtendedProperties(current: Record<string, string>, update: Record<string, string> | undefined): Record<string, string> {
    if (update === undefined) return current;
    const merged: Record<string, string> = { ...current };
    for (const [name, value] of Object.entries(update)) {
        if (value === '') delete merged[name];
        else merged[name] = value;
    }
    return merged;
}
