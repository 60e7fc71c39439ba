import type { ProtectionMarker } from '../policy/CleanupPolicy';

/**
 * Whether extended properties carry the protection marker. Name and value compare case-insensitively (and the value
 * trimmed), so `cleanupprotected=True` protects too: when in doubt, protect.
 */
export function hasProtectionMarker(properties: Readonly<Record<string, string>>, marker: ProtectionMarker): boolean {
    const name = marker.name.toLowerCase();
    const value = marker.value.trim().toLowerCase();
    return Object.entries(properties).some(([k, v]) => k.toLowerCase() === name && v.trim().toLowerCase() === value);
}
