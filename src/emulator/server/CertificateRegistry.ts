import { normalizeThumbprint, thumbprintOfPem } from '../certs/thumbprint';

/**
 * Management certificates by subscription: which client certificate (by SHA-1 thumbprint) may call which
 * subscription. Subscription ids compare case-insensitively (they are GUIDs).
 */
export class CertificateRegistry {
    private readonly bySubscription = new Map<string, Set<string>>();

    /** Registers a certificate (PEM, or a thumbprint in any common spelling) for a subscription; returns its thumbprint. */
    register(subscriptionId: string, pemOrThumbprint: string): string {
        const thumbprint = pemOrThumbprint.includes('-----BEGIN') ? thumbprintOfPem(pemOrThumbprint) : normalizeThumbprint(pemOrThumbprint);
        if (thumbprint === undefined) throw new TypeError('Not a PEM certificate nor a SHA-1 thumbprint.');
        const key = subscriptionId.toLowerCase();
        const set = this.bySubscription.get(key) ?? new Set<string>();
        set.add(thumbprint);
        this.bySubscription.set(key, set);
        return thumbprint;
    }

    /** Withdraws a certificate (PEM or thumbprint) from a subscription; true if it was registered there. */
    unregister(subscriptionId: string, pemOrThumbprint: string): boolean {
        const thumbprint = pemOrThumbprint.includes('-----BEGIN') ? thumbprintOfPem(pemOrThumbprint) : normalizeThumbprint(pemOrThumbprint);
        if (thumbprint === undefined) throw new TypeError('Not a PEM certificate nor a SHA-1 thumbprint.');
        return this.bySubscription.get(subscriptionId.toLowerCase())?.delete(thumbprint) ?? false;
    }

    isAuthorized(thumbprint: string, subscriptionId: string): boolean {
        return this.bySubscription.get(subscriptionId.toLowerCase())?.has(thumbprint) ?? false;
    }

    /** The subscriptions a certificate may call, in registration order (`GET /subscriptions`). */
    subscriptionsOf(thumbprint: string): string[] {
        return [...this.bySubscription].filter(([, set]) => set.has(thumbprint)).map(([id]) => id);
    }

    subscriptions(): string[] {
        return [...this.bySubscription.keys()];
    }

    thumbprintsOf(subscriptionId: string): string[] {
        return [...(this.bySubscription.get(subscriptionId.toLowerCase()) ?? [])];
    }
}
