import { AsmError } from '../client/errors/AsmError';

/** One setting that is missing or invalid; the message states the rule, never the value (it may be a secret). */
export interface ConfigIssue {
    readonly setting: string;
    readonly message: string;
}

/**
 * The app settings are missing or invalid. `setting` names the first offending setting, `issues` lists every one
 * found, so one deployment round fixes them all. Never carries a setting's value.
 */
export class ConfigError extends AsmError {
    override readonly name: string = 'ConfigError';
    readonly setting: string;
    readonly issues: readonly ConfigIssue[];

    constructor(issues: readonly [ConfigIssue, ...ConfigIssue[]]) {
        super('ASM_CONFIG_ERROR', `Invalid configuration: ${issues.map((i) => `${i.setting} ${i.message}`).join('; ')}`);
        this.setting = issues[0].setting;
        this.issues = issues;
    }
}
