import { ASM_NAMESPACE, XSI_NAMESPACE } from '../../xml/asmXml';

/** Escapes element text as .NET's serializer does: `&`, `<`, `>` only (quotes stay as they are). */
function escapeText(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** ASM's error document, exactly as the service writes it (compact, no prolog). */
export function errorXml(code: string, message: string): string {
    return (
        `<Error xmlns="${ASM_NAMESPACE}" xmlns:i="${XSI_NAMESPACE}">` +
        `<Code>${escapeText(code)}</Code><Message>${escapeText(message)}</Message></Error>`
    );
}
