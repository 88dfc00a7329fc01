// What a user notices in the cookie table and cookies.json.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Answers } from '../../../source/core/answers/types.js';
import { loadCatalog } from '../../../source/core/catalog/load.js';
import { renderCookiesJson } from '../../../source/documents/cookies/json.js';
import { cookieSectionMarkdown, renderCookiesMarkdown } from '../../../source/documents/cookies/markdown.js';
import { namePattern } from '../../../source/documents/cookies/table.js';
import { answersOf, factsFrom, loadAnswersFixture } from '../../helpers/facts.js';

const catalog = loadCatalog();
const saas = answersOf(loadAnswersFixture('saas'));
const withAnswers = (base: Answers, over: Answers) => factsFrom({ ...base, ...over });

describe('cookie table', () => {
  test('groups vendor-documented cookies by consent category, with duration and source', () => {
    const facts = withAnswers(saas, { 'services.used': ['posthog', 'google-analytics', 'stripe', 'cloudflare'], 'cookies.kinds': ['essential', 'analytics'] });
    const md = renderCookiesMarkdown(facts, catalog, 'privacy-policy.md');
    const necessary = md.indexOf('## Strictly necessary');
    const analytics = md.indexOf('## Analytics');
    expect(necessary).toBeGreaterThan(0);
    expect(analytics).toBeGreaterThan(necessary);
    expect(md.slice(analytics)).toMatch(/\| `_ga` \| Google LLC \| .* \| First party \(cookie\) \| 2 years \|/);
    expect(md.slice(necessary, analytics)).toContain('`__cf_bm`');
    // Stripe's cookie names are not documented in the catalog: pointed to its policy, not invented
    expect(md).toContain("Stripe also sets cookies of this kind (see [Stripe's privacy policy](https://stripe.com/privacy))");
    const json = JSON.parse(renderCookiesJson(facts, catalog, 'privacy-policy.md'));
    const ga = json.categories.find((c: { id: string }) => c.id === 'analytics').cookies.find((c: { name: string }) => c.name === '_ga_<container-id>');
    expect(ga).toMatchObject({ provider: 'Google LLC', duration: '2 years', source: 'https://support.google.com/analytics/answer/11397207' });
    expect(new RegExp(ga.pattern).test('_ga_ABC123')).toBe(true);
    expect(json.categories.find((c: { id: string }) => c.id === 'necessary').required).toBe(true);
  });

  test("the product's own cookies are listed in the category the user gave, with a hostile name kept inert", () => {
    const facts = withAnswers(saas, {
      'cookies.own': ['session', 'th|eme`<b>'],
      'cookies.ownDetails': { session: { kind: 'essential', purpose: 'Keeps you signed in', duration: 'Until you close the browser' }, 'th|eme`<b>': { kind: 'preferences', purpose: 'Remembers | your theme', duration: '1 year' } },
    });
    const md = cookieSectionMarkdown(facts, catalog);
    expect(md).toMatch(/### Strictly necessary[\s\S]*\| `session` \| Brightnote, Inc\. \| Keeps you signed in \| First party \(cookie\) \| Until you close the browser \|/);
    expect(md).toContain('### Preferences');
    // a pipe in a value never adds a table column
    for (const line of md.split('\n').filter((l) => l.startsWith('| `'))) expect(line.split(/(?<!\\)\|/).length).toBe(7);
  });

  test('an own cookie without details says "Not sure yet"', () => {
    const facts = withAnswers(saas, { 'cookies.own': ['cart'] });
    expect(cookieSectionMarkdown(facts, catalog)).toContain('We have not yet confirmed the kind, purpose or duration of `cart`');
  });

  test('placeholder names become regular expressions that match only that family', () => {
    fc.assert(fc.property(fc.stringMatching(/^[A-Za-z0-9]{1,12}$/), (id) => {
      const re = new RegExp(namePattern('_hp2_id.<app-id>'));
      expect(re.test(`_hp2_id.${id}`)).toBe(true);
      expect(re.test(`_hp2_idX${id}`)).toBe(false);
    }));
  });
});

// The policy says the cookie table lists what "we and the services we use" set. With cookies.own not
// answered it listed the services' cookies alone and said nothing of the product's own (every example).
describe('own cookies not answered yet', () => {
  test('the table says they are not listed', () => {
    const { 'cookies.own': _own, 'cookies.ownDetails': _details, ...withoutOwn } = saas;
    const unanswered = renderCookiesMarkdown(factsFrom(withoutOwn), catalog, 'privacy-policy.md');
    expect(unanswered).toContain(`The cookies that ${String(saas['product.name'])}'s own code sets are not listed here yet.`);
    const listed = renderCookiesMarkdown(withAnswers(saas, { 'cookies.own': ['session'], 'cookies.ownDetails': { session: { kind: 'essential', purpose: 'Keeps you signed in', duration: '1 day' } } }), catalog, 'privacy-policy.md');
    expect(listed).not.toContain('own code sets are not listed');
  });

  // canada-quebec: no service of its sets cookies and its own were not answered, so the page said only "We have
  // not listed any cookies yet" while the policy pointed to it as listing what we and our services set
  test('a table with no rows yet still says whose cookies are missing', () => {
    const quebec = answersOf(loadAnswersFixture('canada-quebec'));
    const page = renderCookiesMarkdown(factsFrom(quebec), catalog, 'privacy-policy.md');
    expect(page).toContain(`The cookies that ${String(quebec['product.name'])}'s own code sets are not listed here yet.`);
    expect(page).not.toContain('We have not listed any cookies yet');
  });
});
