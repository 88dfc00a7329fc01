// A link to a file beside this document (the policy, the sub-processor list). The name is ours or the
// user's --dir choice, so it is percent-encoded rather than trusted.
import { escapeMarkdown } from '../core/render/markdown-escape.js';

export const fileLink = (text: string, file: string): string => `[${escapeMarkdown(text)}](${encodeURI(file).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)})`;
