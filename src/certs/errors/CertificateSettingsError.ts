import { AsmError } from '../../client/errors/AsmError';

/**
 * A certificate setting is missing, conflicting or invalid. `setting` names the environment variable
 * (`ASM_CERT_NAME`, …); the message states the rule, never the value (it may be a password).
 */
export class CertificateSettingsError extends AsmError {
    override readonly name: string = 'CertificateSettingsError';
    readonly setting: string;

    constructor(setting: string, message: string) {
        super('ASM_CONFIG_ERROR', `${setting}: ${message}`);
        this.setting = setting;
    }
}
