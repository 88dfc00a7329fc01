import { styleText } from 'node:util';

type Style = Parameters<typeof styleText>[0];

/** Colour for terminals only; plain text when piped or when NO_COLOR is set. */
export function paint(style: Style, text: string, stream: NodeJS.WriteStream = process.stdout): string {
  if (!stream.isTTY || process.env.NO_COLOR !== undefined || process.env.TERM === 'dumb') return text;
  return styleText(style, text);
}
