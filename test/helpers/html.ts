// Parses HTML as a browser would (parse5, the WHATWG algorithm) and lists its elements.
import { parse } from 'parse5';

export interface Element {
  tag: string;
  attrs: Record<string, string>;
  text: string;
}

interface Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  data?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}

const textOf = (node: Node): string => (node.nodeName === '#text' ? (node.value ?? '') : (node.childNodes ?? []).map(textOf).join(''));

/** Every element of the document in document order, with its attributes and text; and its comments. */
export function parseHtml(html: string): { elements: Element[]; comments: string[] } {
  const elements: Element[] = [];
  const comments: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeName === '#comment') comments.push(node.data ?? '');
    if (node.tagName) elements.push({ tag: node.tagName, attrs: Object.fromEntries((node.attrs ?? []).map((a) => [a.name, a.value])), text: textOf(node) });
    for (const child of node.childNodes ?? []) walk(child);
    if (node.content) walk(node.content);
  };
  walk(parse(html) as unknown as Node);
  return { elements, comments };
}
