import { type Infer, s } from '../asm/schema/schema';

const checkFields = {
    status: s.string('Status', { required: true, enum: ['pass', 'warn', 'fail', 'skip'] }),
    detail: s.string('Detail', { description: 'Why it is not a pass: an error code or a short reason.' }),
    durationMs: s.int('DurationMs', { minimum: 0, description: 'How long the check took.' }),
    thumbprint: s.string('Thumbprint', { description: 'certificate: SHA-1 thumbprint of the management certificate in use.' }),
    notAfter: s.string('NotAfter', { format: 'date-time', description: 'certificate: end of validity.' }),
    daysToExpiry: s.int('DaysToExpiry', { description: 'certificate: whole days until notAfter (warn below 14).' }),
};

/** The result of one health check. Details never carry secrets, paths or key material: codes and numbers only. */
export const healthCheckSchema = s.object('Check', checkFields);

const check = <const D extends string>(description: D) => s.object('Check', checkFields, { required: true, description });

/** GET /api/health: 200 when every check passes (or warns), 503 otherwise. */
export const healthReportSchema = s.object('HealthReport', {
    status: s.string('Status', { required: true, enum: ['healthy', 'unhealthy'] }),
    checkedAt: s.string('CheckedAt', { required: true, format: 'date-time' }),
    checks: s.object(
        'Checks',
        {
            configuration: check('The app settings are present and valid.'),
            certificate: check('The management certificate can be loaded and is valid.'),
            asm: check('A listLocations call to ASM, timed.'),
            storage: check('Queue service properties of AzureWebJobsStorage, timed.'),
        },
        { required: true },
    ),
});

export type HealthCheck = Infer<typeof healthCheckSchema>;
export type HealthReport = Infer<typeof healthReportSchema>;
