// The cookie table as Markdown: one table per consent category, for a cookie page or the policy's
// cookie section (cookieSectionMarkdown, for a template include), so it can feed a consent banner.
import { fileLink } from '../link.js';
import type { Catalog } from '../../core/catalog/types.js';
import type { PolicyFacts } from '../../core/facts/types.js';
import { escapeMarkdown, markdownLink } from '../../core/render/markdown-escape.js';
import { cookieTable, incompleteOwnCookies, type CookieCategory, type CookieRow } from './table.js';

const e = escapeMarkdown;
const STORAGE: Record<CookieRow['storage'], string> = { cookie: 'Cookie', localStorage: 'Local storage', sessionStorage: 'Session storage' };
const INTRO: Record<CookieCategory['id'], string> = {
  necessary: 'These are needed for the service to work and are set without asking.',
  preferences: 'These remember your choices. They are set only if you allow them.',
  analytics: 'These help us understand how the service is used. They are set only if you allow them.',
  marketing: 'These are used for advertising and to measure it. They are set only if you allow them.',
};

/** A name as a code span: a backtick would end it and a pipe would split the table cell (GFM allows \\| inside code). */
const code = (name: string) => `\`${name.replace(/`/g, "'").replace(/\|/g, '\\|')}\``;

function row(r: CookieRow): string {
  const name = code(r.name);
  const party = r.party === 'first' ? 'First party' : 'Third party';
  const duration = r.duration ? e(r.duration) : r.service ? 'Not stated by the provider' : 'Not sure yet';
  return `| ${name} | ${e(r.provider)} | ${e(r.purpose)} | ${party} (${STORAGE[r.storage].toLowerCase()}) | ${duration} |`;
}

function category(c: CookieCategory, level: string, consentAsked: boolean): string[] {
  const intro = c.required || consentAsked ? INTRO[c.id] : INTRO[c.id].replace(/ They are set only if you allow them\./, '');
  const lines = [`${level} ${c.title}`, '', intro, ''];
  if (c.cookies.length > 0) {
    lines.push('| Name | Provider | Purpose | Type | Duration |', '| --- | --- | --- | --- | --- |', ...c.cookies.map(row), '');
  }
  for (const u of c.undocumented) {
    const where = u.policyUrl ? ` (see ${markdownLink(`${u.name}'s privacy policy`, u.policyUrl)})` : '';
    lines.push(`- ${e(u.name)} also sets cookies of this kind${where}; their names are not listed here yet.`);
  }
  if (c.undocumented.length > 0) lines.push('');
  return lines;
}

/** The tables alone, with headings one level below `level` (for the policy's cookie section). */
export function cookieSectionMarkdown(facts: PolicyFacts, catalog: Catalog, level = '###'): string {
  const groups = cookieTable(facts, catalog);
  const consentAsked = facts.cookies.consent === 'opt-in';
  const lines = groups.flatMap((g) => category(g, level, consentAsked));
  const incomplete = incompleteOwnCookies(facts);
  if (incomplete.length > 0) lines.push(`Not sure yet: the kind, purpose or duration of ${incomplete.map(code).join(', ')}.`, '');
  return lines.join('\n');
}

export function renderCookiesMarkdown(facts: PolicyFacts, catalog: Catalog, policyFile: string): string {
  const product = facts.product.name ?? 'our service';
  const body = cookieSectionMarkdown(facts, catalog, '##');
  const lines = [
    `# Cookies used by ${e(product)}`,
    '',
    `This page lists the cookies and similar storage that ${e(product)} and the services it uses may set on your device, grouped by the consent they need. Our ${fileLink('privacy policy', policyFile)} explains what we do with the data.`,
    '',
  ];
  if (body.trim() === '') lines.push('We have not listed any cookies yet.', '');
  else lines.push(body);
  const durationsFrom = 'Durations are the providers\' defaults; a browser may delete a cookie sooner.';
  lines.push(durationsFrom, '');
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
