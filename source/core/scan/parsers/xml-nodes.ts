import { XMLParser } from 'fast-xml-parser';
import { noteParseProblem } from '../parse-problems.js';

/** An element parsed by fast-xml-parser; attributes are keys prefixed "@_". */
export type XmlNode = Record<string, unknown>;

/** fast-xml-parser's metadata key, asked for on first use: the bundle loads the parser only for XML. */
let meta: symbol | undefined;

/**
 * Parses XML keeping each element's start offset (captureMetaData), so evidence can name a line.
 * `repeated` are the tags that may occur more than once and should always be arrays.
 * Returns undefined for XML that does not parse: a half-edited file must not stop the scan.
 */
export function parseXml(text: string, repeated: string[]): XmlNode | undefined {
  const parser = new XMLParser({
    captureMetaData: true,
    ignoreAttributes: false,
    parseTagValue: false,
    parseAttributeValue: false,
    isArray: (tag) => repeated.includes(tag),
  });
  try {
    return parser.parse(text) as XmlNode;
  } catch (error) {
    noteParseProblem(`not valid XML (${(error as Error).message})`);
    return undefined;
  }
}

/** Character offset where the element starts in the source. */
export function startOffset(node: XmlNode): number {
  meta ??= XMLParser.getMetaDataSymbol() as unknown as symbol;
  return (node as Record<symbol, { startIndex?: number } | undefined>)[meta]?.startIndex ?? 0;
}

/** Child elements named `tag` (always a list; text-only or missing children give []). */
export function children(node: unknown, tag: string): XmlNode[] {
  if (!node || typeof node !== 'object') return [];
  const value = (node as XmlNode)[tag];
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.filter((item): item is XmlNode => !!item && typeof item === 'object');
}

/** Trimmed text of a child element, e.g. <artifactId>. */
export function childText(node: XmlNode, tag: string): string | undefined {
  const value = node[tag];
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim();
  if (value && typeof value === 'object' && '#text' in value) return String((value as XmlNode)['#text']).trim();
  return undefined;
}
