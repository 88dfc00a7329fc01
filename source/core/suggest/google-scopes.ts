// Google account data the code asks for: OAuth scope strings ("https://www.googleapis.com/auth/
// gmail.readonly") found by the scan as snippets of the Google Workspace APIs entry. Only a scope
// proves which data; the googleapis package alone says nothing about it, so it suggests nothing.
import type { Detection } from '../scan/types.js';

/** google.data choice per scope prefix (the part after googleapis.com/auth/). */
const SCOPE_DATA: [RegExp, string][] = [
  [/^gmail/, 'gmail'],
  [/^drive/, 'drive'],
  [/^calendar/, 'calendar'],
  [/^contacts/, 'contacts'],
  [/^(spreadsheets|documents)/, 'sheets'],
  [/^youtube/, 'youtube'],
];

/** google.data choice -> where the code requests it ("src/google.ts:12"), from the scan's detections. */
export function googleDataFromScopes(detections: Detection[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const d of detections) {
    if (d.serviceId !== 'google-workspace-apis') continue;
    for (const e of d.evidence) {
      const scope = /googleapis\.com\/auth\/(.+)$/i.exec(e.match)?.[1]?.toLowerCase();
      const choice = scope ? SCOPE_DATA.find(([pattern]) => pattern.test(scope))?.[1] : undefined;
      if (choice && !found.has(choice)) found.set(choice, `${e.file}:${e.line}`);
    }
  }
  return found;
}
