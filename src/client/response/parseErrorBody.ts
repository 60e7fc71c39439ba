import { s } from '../../asm/schema/schema';
import { parseModel } from '../../xml/modelXml';

/** ASM's error document: `<Error xmlns=…><Code>ResourceNotFound</Code><Message>…</Message></Error>`. */
const errorDocument = s.document('Error', { code: s.string('Code'), message: s.string('Message') });

export interface ParsedErrorBody {
    readonly asmCode?: string;
    readonly asmMessage?: string;
}

const MAX_TEXT = 300;

/**
 * Reads `<Error><Code/><Message/></Error>`. A body that is not that document (an HTML page from a proxy, plain
 * text) gives no code and its first characters, whitespace collapsed, as the message.
 */
export function parseErrorBody(body: string): ParsedErrorBody {
    const text = body.trim();
    if (text === '') return {};
    try {
        const model = parseModel(errorDocument, text);
        return {
            ...(model.code === undefined || model.code === '' ? {} : { asmCode: model.code }),
            ...(model.message === undefined || model.message === '' ? {} : { asmMessage: model.message }),
        };
    } catch {
        const collapsed = text.replace(/\s+/g, ' ');
        return { asmMessage: collapsed.length > MAX_TEXT ? `${collapsed.slice(0, MAX_TEXT)}…` : collapsed };
    }
}
