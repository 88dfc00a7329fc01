// The cookie table as Markdown: one table per consent category (outputs/cookies/table.eta), for the
// cookie page (outputs/cookies/page.eta) or the policy's cookie section, so it can feed a consent banner.
import { fileLink } from '../link.js';
import type { Catalog } from '../../core/catalog/types.js';
import type { PolicyFacts } from '../../core/facts/types.js';
import { renderTemplate } from '../../core/render/engine.js';
import { markdownLink } from '../../core/render/markdown-escape.js';
import { cookieTable, incompleteOwnCookies, type CookieCategory, type CookieRow } from './table.js';

const STORAGE: Record<CookieRow['storage'], string> = { cookie: 'cookie', localStorage: 'local storage', sessionStorage: 'session storage' };

/** A name as a code span: a backtick would end it and a pipe would split the table cell (GFM allows \\| inside code). */
const code = (name: string) => `\`${name.replace(/`/g, "'").replace(/\|/g, '\\|')}\``;

/** What outputs/cookies/table.eta prints: the groups, with each name already a code span. */
export interface CookieTableView {
  /** the Markdown heading of a category, e.g. '###' */
  level: string;
  consentAsked: boolean;
  groups: {
    id: CookieCategory['id'];
    title: string;
    rows: { code: string; provider: string; purpose: string; party: CookieRow['party']; storage: string; duration?: string; vendor: boolean }[];
    undocumented: CookieCategory['undocumented'];
  }[];
  /** own cookies whose kind, purpose or duration is missing, as code spans */
  incomplete?: string;
  /** the product's name, when cookies are used but its own are not answered (cookies.own): the table says they are missing */
  ownUnlisted?: string;
  link: (text: string, url: string) => string;
}

export function cookieTableView(facts: PolicyFacts, catalog: Catalog, level = '###'): CookieTableView {
  const incomplete = incompleteOwnCookies(facts);
  return {
    level,
    consentAsked: facts.cookies.consent === 'opt-in',
    groups: cookieTable(facts, catalog).map((g) => ({
      id: g.id,
      title: g.title,
      rows: g.cookies.map((r) => ({ code: code(r.name), provider: r.provider, purpose: r.purpose, party: r.party, storage: STORAGE[r.storage], duration: r.duration, vendor: r.service !== undefined })),
      undocumented: g.undocumented,
    })),
    incomplete: incomplete.length > 0 ? incomplete.map(code).join(', ') : undefined,
    // The policy says the table lists what "we and the services we use" set; until cookies.own is
    // answered it lists the services' alone, and says so (ePrivacy Art. 5(3): clear and comprehensive information).
    ownUnlisted: facts.cookies.kinds.length > 0 && !Array.isArray(facts.answers['cookies.own']) ? (facts.product.name ?? 'our service') : undefined,
    link: markdownLink,
  };
}

/** The tables alone, with category headings at `level` (the policy's cookie section uses '###'). */
export function cookieSectionMarkdown(facts: PolicyFacts, catalog: Catalog, level = '###'): string {
  const view = cookieTableView(facts, catalog, level);
  return view.groups.length || view.incomplete || view.ownUnlisted ? renderTemplate('cookies/table', view) : '';
}

export function renderCookiesMarkdown(facts: PolicyFacts, catalog: Catalog, policyFile: string): string {
  return renderTemplate('cookies/page', {
    product: facts.product.name ?? 'our service',
    policyLink: fileLink('privacy policy', policyFile),
    table: cookieTableView(facts, catalog, '##'),
  });
}
