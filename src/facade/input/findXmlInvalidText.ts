import type { ValidationIssue } from '../../asm/schema/validate';

/**
 * Characters XML 1.0 cannot carry, even escaped: C0 controls but tab, LF and CR; U+FFFE/U+FFFF; lone surrogates.
 * (No `u` flag: lone surrogates are code units.)
 */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Every string (and object key) of a JSON value that XML cannot represent, by path. Such text would make the ASM
 * request body ill-formed, so it is refused before anything is sent; `<`, `&`, `>` and quotes are fine (escaped).
 */
export function findXmlInvalidText(value: unknown, path: string, issues: ValidationIssue[] = []): ValidationIssue[] {
    if (typeof value === 'string') {
        if (XML_INVALID.test(value)) issues.push({ path, message: 'must not contain control characters or unpaired surrogates' });
    } else if (Array.isArray(value)) {
        value.forEach((item: unknown, i) => findXmlInvalidText(item, `${path}[${i}]`, issues));
    } else if (typeof value === 'object' && value !== null) {
        for (const [key, item] of Object.entries(value)) {
            if (XML_INVALID.test(key)) issues.push({ path, message: 'must not have names with control characters or unpaired surrogates' });
            findXmlInvalidText(item, `${path}.${key}`, issues);
        }
    }
    return issues;
}
