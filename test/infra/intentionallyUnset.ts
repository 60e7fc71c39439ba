/**
 * Settings the code reads that the template deliberately leaves unset, each with the reason. Keep this short: a
 * setting belongs here only if setting it in Azure would be wrong or pointless. Every entry must still be read by
 * the runtime code (template.test.ts checks), so the list cannot go stale.
 */
export const INTENTIONALLY_UNSET: Readonly<Record<string, string>> = {
    AzureWebJobsStorage: 'a connection string holds the account key; the template uses the identity-based AzureWebJobsStorage__* settings (shared keys are off)',
    ASM_CA_FILE: 'extra CA for a private ASM endpoint (the emulator); management.core.windows.net has a public chain',
    ASM_CERT_FILE: 'the file alternative to Key Vault (local runs); setting both is refused by the certificate settings',
    ASM_CERT_PASSWORD: 'a Key Vault certificate secret is a PFX without a password',
    ASM_CERT_VERSION: 'unset means the latest version, which is what certificate rotation needs',
    CLEANUP_POLICY_BLOB: 'the blob alternative to CLEANUP_POLICY, which the template sets (setting both is refused)',
    OPERATION_SWEEP_SCHEDULE: 'the sweep timer runs every 5 minutes without it, which is what it is for',
    OPERATION_DEADLINE_MINUTES: 'the default deadline (120 minutes) covers ASM operations; a caller can give its own',
    OPERATION_SWEEP_STALE_SECONDS: 'the default (120 s) matches the poll backoff; tuning only',
};

