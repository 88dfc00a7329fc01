import { readFileSync } from 'node:fs';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { dataPath } from '../../../source/core/paths.js';
import { renderPolicy } from '../../../source/core/render/policy.js';
import { shortLabel, slug } from '../../../source/core/render/format.js';
import { factsFrom, factsWith } from '../../helpers/facts.js';

const render = (overrides: Record<string, unknown> = {}) => renderPolicy(factsWith(overrides), { lastUpdated: '2026-11-23' });
const saasFacts = factsWith({});
const saas = render();

/** The text of one `## ` section (up to the next `## `), or undefined when absent. */
function section(policy: string, heading: string): string | undefined {
  const start = policy.indexOf(`\n## ${heading}\n`);
  if (start < 0) return undefined;
  const next = policy.indexOf('\n## ', start + 4);
  return policy.slice(start, next < 0 ? undefined : next);
}
const lineOf = (text: string, needle: string) => text.split('\n').find((l) => l.includes(needle));
/** The cells of the table row whose first cell starts with `first` (Markdown kept), or undefined. */
const rowOf = (text: string, first: string) =>
  text
    .split('\n')
    .filter((l) => l.startsWith('| '))
    .map((l) => l.slice(2, -2).split(/ (?<!\\)\| /))
    .find((cells) => cells[0]!.startsWith(first));

describe('the example SaaS policy', () => {
  it('starts with the title, effective date and last updated date', () => {
    expect(saas.split('\n')[0]).toBe('# Privacy Policy');
    // The answer says 1 November, but the text changed on 23 November: it cannot take effect before it existed.
    expect(saas).toContain('**Effective date:** 23 November 2026');
    expect(saas).toContain('**Last updated:** 23 November 2026');
  });

  it('keeps an effective date answered after the last change (a planned publication)', () => {
    expect(render({ 'policy.effectiveDate': '2027-01-01' })).toContain('**Effective date:** 1 January 2027');
  });

  it('names a kind of data without examples the user did not give, and with the items the user listed', () => {
    const collect = section(saas, 'What we collect')!;
    expect(collect).not.toMatch(/\(email, phone, postal address\)|password hash|security questions/);
    const details = structuredClone(saasFacts.answers['data.details']) as Record<string, Record<string, unknown>>;
    details.contact!.items = 'email address';
    expect(rowOf(section(render({ 'data.details': details }), 'What we collect')!, '**Contact details')?.[0]).toBe('**Contact details**: email address');
  });

  it('has a contents list whose links all reach a heading', () => {
    const contents = section(saas, 'Contents')!;
    const links = [...contents.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]);
    // The summary at the top is above the contents, so it is not listed in them.
    const headings = [...saas.matchAll(/^## (.+)$/gm)].map((m) => slug(m[1]!)).filter((s) => s !== 'contents' && s !== 'privacy-at-a-glance');
    expect(links).toEqual(headings);
    expect(links.length).toBeGreaterThan(15);
  });

  it('names the controller with address and contact', () => {
    const who = section(saas, 'Who we are')!;
    expect(who).toContain('Brightnote, Inc. ("we") runs Brightnote');
    expect(who).toContain('548 Market Street, Suite 100, San Francisco');
    expect(who).toContain('(mailto:privacy@brightnote.example)');
    expect(who).toContain('**Our representatives.** You can contact them instead of us about anything in this policy. In the EU: EU Rep Services B.V.');
    expect(who).toContain('In the UK: UK Rep Services Ltd');
    const euOnly = section(render({ 'org.ukRepresentative': undefined }), 'Who we are')!;
    expect(euOnly).toContain('**Our representative in the EU:** EU Rep Services B.V.');
    expect(euOnly).not.toContain('In the UK:');
  });

  it('says what is collected, from where, and what happens if it is not given', () => {
    const collect = section(saas, 'What we collect')!;
    for (const d of saasFacts.data) expect(collect).toContain(`| **${shortLabel(d.label)}** |`);
    expect(rowOf(collect, '**Name and username**')?.[2]).toBe('Yes. If you don\'t, we cannot create your account.');
    expect(rowOf(collect, '**Contact details')?.[1]).toMatch(/^You and other users/);
    expect(rowOf(collect, '**Content users create')?.[2]).toBe('No, it is up to you');
    expect(rowOf(collect, '**Usage data')?.[1]).toBe('Your use of the service (automatically)');
  });

  it('gives every purpose its legal basis and names each legitimate interest', () => {
    const uses = section(saas, 'How we use your data')!;
    const named = { contract: 'Contract', consent: 'Consent', 'legitimate-interests': 'Legitimate interests', 'legal-obligation': 'Legal obligation' } as Record<string, string>;
    expect(uses).toContain('| What we use it for | Data used | Legal basis |');
    const rows = uses.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| What') && !l.startsWith('| ---'));
    expect(rows).toHaveLength(saasFacts.purposes.length);
    saasFacts.purposes.forEach((p, i) => {
      const basis = rows[i]!.split(' | ')[2]!;
      expect(basis, p.id).toMatch(new RegExp(`^${named[p.basis!]}`));
      if (p.interest) expect(basis).toContain(`: ${p.interest.slice(0, 20)}`);
    });
    // Each basis used is explained once, above the table; consent says it can be withdrawn.
    expect(uses).toContain('- **Consent:** you agreed to it. You can withdraw your consent at any time.');
    expect(uses.match(/\*\*Contract:\*\*/g)).toHaveLength(1);
    expect(uses).not.toContain('Vital interests');
    expect(rowOf(uses, 'Send marketing and newsletters')?.[2]).toBe('Consent');
  });

  it('says that an SDK used on legitimate interests touches the device only after cookie consent (ePrivacy Art. 5(3))', () => {
    const uses = section(saas, 'How we use your data')!;
    expect(rowOf(uses, 'Improve the service')?.[2]).toContain('PostHog reads or stores information on your device for this only after you agree to cookies.');
    expect(rowOf(uses, 'Measure how the service is used')?.[2]).not.toContain('after you agree to cookies');
  });

  it('ends the basis with a full stop before that sentence (a contract basis has no interest text after it)', () => {
    // Intercom's cookies answered as analytics: support, on contract, runs through an SDK that touches the device
    const details = structuredClone(saasFacts.answers['services.details']) as Record<string, Record<string, unknown>>;
    details.intercom!.cookieKind = 'analytics';
    const uses = section(render({ 'services.details': details }), 'How we use your data')!;
    expect(rowOf(uses, 'Answer your support requests')?.[2]).toBe('Contract. Intercom reads or stores information on your device for this only after you agree to cookies.');
  });

  it('lists every service in the recipients table with purpose, data, location, safeguard and policy link', () => {
    const sharing = section(saas, 'Who we share it with')!;
    expect(sharing).toContain('| Service | What it does for us | Data it receives | Where it processes data | Transfer safeguard |');
    // Each name links to the company's own privacy policy.
    for (const s of saasFacts.services) expect(sharing).toContain(`| [${s.name}](${s.policyUrl}) |`);
    expect(lineOf(sharing, '| [Stripe]')).toBe(
      '| [Stripe](https://stripe.com/privacy) | Take payments and bill you, keep the service secure and stop fraud and abuse | Name and username, contact details, payment details, purchase and subscription history, device and network identifiers | the United States | From the EEA: EU-US Data Privacy Framework; from the UK: UK Extension to the Data Privacy Framework |',
    );
    expect(sharing).toContain('Courts, police and regulators');
    // "Sell" and "share" are the CCPA's words: explained where they are first used.
    expect(sharing).toContain('We do not sell your personal information, which means giving it to another company for money or other value.');
    expect(sharing).toContain('cross-context behavioural advertising, which means ads based on what you do on other companies');
  });

  it('explains transfers with the safeguard per recipient and how to get a copy', () => {
    const transfers = section(saas, 'Where we process your data')!;
    expect(transfers).toContain('Amazon Web Services, EU (Ireland) region');
    // Which providers receive data abroad is said here; each one's safeguard is in the recipients table, not repeated.
    expect(transfers).toContain('these providers receive your data outside the European Economic Area (EEA) and the UK: Intercom, OpenAI API, Sentry, Stripe and Twilio SendGrid.');
    expect(transfers).toContain('Each transfer has a safeguard the law accepts, shown in the table in [Who we share it with](#who-we-share-it-with).');
    expect(lineOf(section(saas, 'Who we share it with')!, '| [Intercom]')).toContain('From the EEA: EU standard contractual clauses; from the UK: UK Addendum to the EU clauses |');
    expect(transfers).not.toMatch(/^- Stripe \(/m);
    expect(transfers).toContain('**EU-US Data Privacy Framework.** The company is certified');
    expect(transfers).toContain('**Getting a copy of the safeguards.** Email [privacy@brightnote.example](mailto:privacy@brightnote.example) and we will send you a copy.');
    expect(saas).not.toMatch(/privacy shield/i);
  });

  it('gives a retention period for each kind of data', () => {
    const retention = section(saas, 'How long we keep it')!;
    for (const d of saasFacts.data) expect(retention).toContain(d.retention!);
    expect(retention).toContain('- **Usage data:** 26 months.');
  });

  it('explains the rights, how to use them, verification, agents and that it is free', () => {
    const rights = section(saas, 'Your rights')!;
    expect(rights).toContain('delete your data');
    expect(rights).toContain('Where we rely on your consent, you can withdraw it at any time.');
    expect(rights).toContain('### How to make a request');
    expect(rights).toContain('Call us toll-free on \\+1 800 555 0199.');
    expect(rights).toContain('We answer requests within 30 days.');
    expect(rights).toContain('Making a request is free, except as set out here. In the EEA, the UK, California and other US states, if a request is clearly unfounded or excessive (or, under some state laws, repetitive), we may charge a reasonable fee or refuse it.');
    expect(rights).toContain('In Canada, if a request would cost you anything, we tell you the approximate cost first');
    expect(rights).toContain('confirm the request from the email address on your account');
    expect(rights).toContain('"authorised agent"');
    expect(lineOf(rights, 'You can delete your account')).toMatch(/^You can delete your account with the delete option in your account settings, .*or by emailing us\.$/);
  });

  it('names the US states whose law applies in the fee and extension sentences when there are few', () => {
    // kids-edu: only Connecticut's law applies; "other US states" would leave a Connecticut reader guessing
    const rights = section(renderPolicy(factsWith({}, 'kids-edu'), { lastUpdated: '2026-11-23' }), 'Your rights')!;
    expect(rights).toContain('In Connecticut, if a request is clearly unfounded, excessive or repetitive, we may charge a reasonable fee or refuse it.');
    expect(rights).not.toContain('other US states');
    const two = section(render({ 'audience.usStates': ['VA', 'CT'] }), 'Your rights')!;
    expect(two).toContain('In the EEA, the UK, California, Virginia and Connecticut, if a request is clearly unfounded or excessive (or, in Virginia and Connecticut, repetitive), we may charge');
    expect(two).toContain('- **In California, Virginia and Connecticut:** up to 45 more days');
  });

  it('states the right to object under its own heading, as a quote', () => {
    const objection = section(saas, 'Your right to object')!;
    expect(objection).toContain('> **If you are in the EEA or the UK, you have the right to object.**');
    expect(objection).toContain('direct marketing');
  });

  it('tells EEA and UK users how to complain to a supervisory authority', () => {
    const eea = section(saas, 'Your rights in the EEA and UK')!;
    expect(eea).toContain('You can complain to a data protection authority');
    expect(eea).toContain('https://www.edpb.europa.eu/');
    expect(eea).toContain('https://ico.org.uk/make-a-complaint/');
    // The representatives are named once, in "Who we are"; the rights once, in "Your rights".
    expect(eea).not.toContain('representative');
    expect(eea).toContain('You have all the rights listed in [Your rights](#your-rights), including the right to object and to withdraw your consent.');
  });

  it('has a California section with CCPA categories, sources, sale and sharing, rights and GPC', () => {
    const ca = section(saas, 'Your rights in California')!;
    for (const name of ['Identifiers', 'Commercial information', 'Internet or other electronic network activity information', 'Geolocation data'])
      expect(ca).toContain(`**${name}**`);
    expect(ca).toContain('| Category | What it includes | Sources | Why we collect it | Disclosed for a business purpose to | Sold or shared |');
    expect(rowOf(ca, '**Commercial information**')).toEqual(['**Commercial information**', 'Purchase and subscription history', 'Your use of the service (automatically)', 'Take payments and bill you, meet legal duties, such as tax, accounting and answering the police', 'Stripe', 'No']);
    // Retention is listed once, in "How long we keep it"; the California part points there.
    expect(ca).not.toContain('90 days');
    expect(ca).toContain('How long we keep each kind of data is in [How long we keep it](#how-long-we-keep-it).');
    expect(ca).toContain('We do not knowingly sell or share the personal information of consumers under 16.');
    for (const right of ['Right to know', 'Right to equal treatment']) expect(ca).toContain(`**${right}.**`);
    expect(ca).toContain('You have the rights to delete and to correct your personal information described in [Your rights](#your-rights).');
    expect(ca).toContain('Global Privacy Control');
    // The toll-free number is in "How to make a request" already: not repeated.
    expect(ca).not.toContain('800 555 0199');
    expect(section(render({ 'rights.methods': ['email'] }), 'Your rights in California')).toContain('You can also call us toll-free on \\+1 800 555 0199.');
  });

  it('says how it responds to Do Not Track (CalOPPA)', () => {
    expect(section(saas, 'Cookies and tracking')).toContain('**Do Not Track.** We do not track you across other companies');
  });

  it('describes how changes are announced, never by "continued use"', () => {
    const changes = section(saas, 'Changes to this policy')!;
    expect(changes).toContain('we will tell you by email, with a notice in the product and by changing the "Last updated" date');
    expect(saas).not.toMatch(/continued use|continuing to use/i);
  });

  it('ends with the contact details', () => {
    const contact = section(saas, 'Contact us')!;
    expect(contact).toContain('- Email: [privacy@brightnote.example](mailto:privacy@brightnote.example)');
    expect(contact).toContain('- Toll-free phone:');
  });

  it('makes no absolute security claim', () => {
    expect(section(saas, 'How we protect it')).toContain('We encrypt the data we store.');
    expect(saas).not.toMatch(/100% secure|completely secure|fully secure|bank-level/i);
  });

  it('is the same, byte for byte, on every run', () => {
    expect(render()).toBe(saas);
    expect(renderPolicy(factsWith({}), { lastUpdated: '2026-12-01' }).replaceAll('1 December 2026', '23 November 2026')).toBe(saas);
  });
});

describe('clauses the answers do not support are left out', () => {
  it('no California section when the CCPA does not apply', () => {
    const policy = render({ 'audience.ccpaThresholds': [] });
    expect(section(policy, 'Your rights in California')).toBeUndefined();
    expect(policy).not.toContain('(#your-rights-in-california)');
    expect(section(policy, 'Cookies and tracking')).toContain('Do Not Track');
  });

  it('no sensitive-data section without sensitive data, and one with it', () => {
    expect(section(saas, 'Sensitive data')).toBeUndefined();
    const policy = render({
      'data.sensitive': ['health'],
      'data.sensitiveDetails': { health: { purpose: 'to track your symptoms', condition: 'explicit-consent', infers: false } },
    });
    const sensitive = section(policy, 'Sensitive data')!;
    expect(sensitive).toContain('**Health or medical data.** What we use it for: to track your symptoms. We may use it because you gave your explicit consent. We do not use it to infer things about you.');
  });

  it('no "we do not sell" sentence when selling is "Not sure yet"', () => {
    const policy = render({ 'sharing.sells': 'not-sure' });
    expect(policy).not.toMatch(/do not sell|neither sell|not sell or share|Sold or shared/i);
    expect(policy).not.toContain('nothing to turn off');
  });

  it('says it sells, with an opt-out section, when it does', () => {
    const policy = render({ 'sharing.sells': true, 'cookies.gpc': 'honoured' });
    const ca = section(policy, 'Your rights in California')!;
    expect(ca).toContain('We sell some personal information.');
    expect(ca).toContain('### Do Not Sell or Share My Personal Information');
    expect(ca).toContain('**Right to opt out of sale and sharing.**');
    // How GPC is treated is said once, in "Cookies and tracking"; the California part points there.
    expect(section(policy, 'Cookies and tracking')).toContain('we treat it as a valid request to opt out of the sale and sharing of your personal information');
    expect(ca).toContain('**Opt-out signals.** [Cookies and tracking](#cookies-and-tracking) says how we treat Global Privacy Control (GPC) signals.');
    expect(rowOf(ca, '**Identifiers**')?.[5]).toBe('—');
    expect(policy).not.toMatch(/We do not sell/);
  });

  it('no Do Not Track sentence when that answer is missing', () => {
    expect(render({ 'cookies.dnt': undefined })).not.toContain('Do Not Track');
  });

  it('no EEA section, legal bases or objection heading when neither GDPR applies', () => {
    const policy = render({ 'audience.regions': ['california'] });
    expect(section(policy, 'Your rights in the EEA and UK')).toBeUndefined();
    expect(section(policy, 'Your right to object')).toBeUndefined();
    expect(policy).not.toContain('Legal basis');
    expect(policy).not.toContain('Transfer safeguard');
    expect(policy).not.toContain('representative');
  });

  it('leaves out a legal basis answered "Not sure yet", but keeps the purpose', () => {
    const policy = render({ 'purposes.details': { ...(factsWith({}).answers['purposes.details'] as object), analytics: { basis: 'not-sure' } } });
    const row = rowOf(section(policy, 'How we use your data')!, 'Measure how the service is used');
    expect(row).toBeDefined();
    expect(row![2]).toMatch(/^—/);
    expect(row![2]).not.toContain('Consent');
  });

  it('leaves out a retention period answered "Not sure yet"', () => {
    const details = structuredClone(factsWith({}).answers['data.details']) as Record<string, Record<string, unknown>>;
    details.usage!.retention = 'not-sure';
    const retention = section(render({ 'data.details': details }), 'How long we keep it')!;
    expect(retention).not.toContain('**Usage data:**');
    expect(retention).toContain('**Approximate location:**');
  });

  it('no DPO unless one is appointed; contact details when there is', () => {
    expect(saas).not.toContain('Data Protection Officer');
    const policy = render({ 'org.hasDpo': true, 'org.dpoName': 'Ada Lovelace', 'org.dpoEmail': 'dpo@brightnote.example' });
    expect(section(policy, 'Who we are')).toContain('**Data Protection Officer.** Our Data Protection Officer is Ada Lovelace. You can reach them at [dpo@brightnote.example](mailto:dpo@brightnote.example).');
  });

  it('no processor note unless business customers keep their data in the product', () => {
    expect(saas).toContain('### Data our business customers keep in Brightnote');
    expect(render({ 'product.processorRole': false })).not.toContain('business customers');
  });

  it('no AI training claim when training is unanswered; the right one when it is', () => {
    expect(saas).toContain('We do not use your personal data or content to train AI models');
    expect(render({ 'ai.training': undefined })).not.toMatch(/train AI models/);
    expect(render({ 'ai.training': 'opt-in' })).toContain('only if you opt in');
  });

  it('a COPPA notice to parents when the product is for children', () => {
    const policy = render({ 'audience.children': 'children' });
    expect(section(policy, 'Children under 13')).toContain('Your rights as a parent:');
    expect(section(policy, 'Children')).toBeUndefined();
    expect(section(saas, 'Children')).toContain('We made Brightnote for people aged 16 and over.');
  });

  it('jurisdiction sections appear only for their regions', () => {
    for (const heading of ['Your rights in Brazil', 'Your rights in Australia', 'Your rights in India']) expect(section(saas, heading)).toBeUndefined();
    const policy = render({ 'audience.regions': ['eea', 'brazil', 'quebec', 'australia', 'india'], 'audience.australiaCovered': true });
    expect(section(policy, 'Your rights in Brazil')).toContain('ANPD');
    expect(section(policy, 'Your rights in Canada')).toContain('### Québec');
    expect(section(policy, 'Your rights in Australia')).toContain('OAIC');
    expect(section(policy, 'Your rights in India')).toContain('Data Protection Board of India');
    expect(section(policy, 'Your rights in California')).toBeUndefined();
  });

  it('still renders, without made-up clauses, from no answers at all', () => {
    const policy = renderPolicy(factsFrom({}), { lastUpdated: '2026-11-23' });
    expect(policy.startsWith('# Privacy Policy\n')).toBe(true);
    expect(policy).not.toMatch(/undefined|null|NaN|\[object/);
    expect(policy).not.toMatch(/Legal basis|do not sell|Do Not Track/);
    expect(policy).toContain('**Effective date:** 23 November 2026');
  });
});

describe('values a user typed cannot inject Markdown or HTML', () => {
  const policy = render({
    'org.legalName': 'Acme <script>alert(1)</script>',
    'product.name': '*Evil* [link](x)',
    'services.custom': ['Pipe | Co'],
    'services.details': { ...(factsWith({}).answers['services.details'] as object), 'Pipe | Co': { role: 'processor', purposes: ['support'], data: ['contact'], location: 'US | CA', safeguard: 'scc', dpa: 'signed', policyUrl: 'javascript:alert(1)' } },
    'org.address': '1 Main St\n\n# Injected heading\n- injected item',
  });
  const out = marked.parse(policy, { async: false });

  it('shows HTML as text', () => {
    expect(out).not.toContain('<script');
    expect(policy).toContain('Acme &lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('shows emphasis and link syntax as text', () => {
    expect(out).not.toContain('<em>Evil</em>');
    expect(out).not.toContain('href="x"');
    expect(policy).toContain('\\*Evil\\* \\[link\\](x)');
  });

  it('keeps a pipe inside its table cell and drops unsafe links', () => {
    const row = lineOf(policy, '| Pipe')!;
    expect(row).toContain('| Pipe \\| Co |');
    const tables = marked.lexer(policy).filter((t) => t.type === 'table') as unknown as { header: unknown[]; rows: { text: string }[][] }[];
    for (const table of tables) for (const r of table.rows) expect(r).toHaveLength(table.header.length);
    expect(out).not.toContain('javascript:');
  });

  it('collapses newlines so no heading or list is injected', () => {
    expect(policy).not.toMatch(/^# Injected/m);
    expect(policy).toContain('1 Main St # Injected heading - injected item');
    expect(out).not.toContain('<h1>Injected');
  });
});

describe('the heading option', () => {
  it('prints the title by default and leaves it (and its blank line) out when heading is false', () => {
    expect(renderPolicy(saasFacts, { lastUpdated: '2026-11-23', heading: true })).toBe(saas);
    const bare = renderPolicy(saasFacts, { lastUpdated: '2026-11-23', heading: false });
    expect(bare.startsWith('**Effective date:** 23 November 2026\n')).toBe(true);
    expect(bare).not.toMatch(/^# /m);
    expect(`# Privacy Policy\n\n${bare}`).toBe(saas);
  });

  it('takes effect on its last update when no effective date is answered', () => {
    const policy = renderPolicy(factsWith({ 'policy.effectiveDate': undefined }), { lastUpdated: '2026-11-23', heading: false });
    expect(policy.startsWith('**Effective date:** 23 November 2026\n\n**Last updated:** 23 November 2026\n')).toBe(true);
  });
});

describe('Texas NOTICE sentences (Tex. Bus. & Com. Code §541.102(b)–(c))', () => {
  const SENSITIVE = 'NOTICE: We may sell your sensitive personal data.';
  const BIOMETRIC = 'NOTICE: We may sell your biometric personal data.';
  // A Texas-covered seller that collects biometric (sensitive) data.
  const texasSeller = {
    'audience.smallBusiness': false,
    'sharing.sells': true,
    'data.sensitive': ['biometric'],
    'data.sensitiveDetails': { biometric: { purpose: 'face sign-in', condition: 'explicit-consent', infers: false } },
  };
  const notices = (sells: unknown, extra: Record<string, unknown> = {}) => {
    const states = section(render({ ...texasSeller, 'texas.sellsSensitive': sells, ...extra }), 'Your rights in other US states') ?? '';
    return states.split('\n').filter((l) => l.startsWith('NOTICE:'));
  };

  it('follow what the seller says it sells, each as its own paragraph with the statutory wording', () => {
    expect(notices('sensitive')).toEqual([SENSITIVE]);
    expect(notices('biometric')).toEqual([BIOMETRIC]);
    expect(notices('both')).toEqual([SENSITIVE, BIOMETRIC]);
    const states = section(render({ ...texasSeller, 'texas.sellsSensitive': 'both' }), 'Your rights in other US states')!;
    expect(states).toContain(`\n\n${SENSITIVE}\n\n${BIOMETRIC}\n`);
  });

  it('are left out when none of what is sold is sensitive, even though sensitive data is collected', () => {
    expect(notices('none')).toEqual([]);
    expect(notices('not-sure')).toEqual([]);
    expect(notices(undefined)).toEqual([]);
  });

  it('are left out when Texas law does not apply (an SBA small business)', () => {
    expect(notices('both', { 'audience.smallBusiness': true })).toEqual([]);
    expect(saas).not.toContain('NOTICE:');
  });
});

describe('the COPPA notice to parents', () => {
  const kids = (overrides: Record<string, unknown> = {}) => section(renderPolicy(factsWith(overrides, 'kids-edu'), { lastUpdated: '2026-11-23' }), 'Children under 13')!;
  const coppa = kids();

  it('gives the phone number parents can call, not the organisation toll-free number', () => {
    expect(lineOf(coppa, '**Who collects the data:**')).toContain(', phone \\+1 617 555 0100, email ');
    expect(lineOf(coppa, '**Your rights as a parent:**')).toContain('or call \\+1 617 555 0100.');
    const withTollFree = kids({ 'org.tollFree': '+1 800 555 0000' });
    expect(withTollFree).not.toContain('800 555 0000');
    expect(kids({ 'coppa.phone': undefined })).not.toContain('phone');
  });

  it('says who receives children\'s data and why, in the operator\'s words', () => {
    const integral = kids({ 'coppa.thirdPartyDisclosure': 'integral', 'coppa.thirdParties': 'Acme Games Ltd, to run multiplayer matchmaking' });
    expect(lineOf(integral, '**Third parties that receive it, and why:**')).toBe(
      '- **Third parties that receive it, and why:** Acme Games Ltd, to run multiplayer matchmaking. We disclose children\'s personal information to third parties only where Little Letters cannot work without it.',
    );
    const separate = kids({ 'coppa.thirdPartyDisclosure': 'separate-consent', 'coppa.thirdParties': 'Acme Games Ltd, to run multiplayer matchmaking' });
    expect(lineOf(separate, '**Third parties')).toContain('Acme Games Ltd, to run multiplayer matchmaking. You can agree to us collecting and using your child\'s information without agreeing to us disclosing it to third parties.');
    const none = kids({ 'coppa.thirdPartyDisclosure': 'no' });
    expect(none).toContain('- **Third parties:** we do not disclose children\'s personal information to third parties.');
    expect(none).not.toContain('crash reports');
    expect(kids({ 'coppa.thirdPartyDisclosure': 'not-sure' })).not.toContain('Third parties');
  });

  it('says whether children can make personal information public', () => {
    expect(coppa).toContain('Children cannot make their personal information public in Little Letters.');
    const yes = kids({ 'coppa.publicPosting': true });
    expect(lineOf(yes, '**What children can make public:**')).toContain('children can make some of their personal information public in Little Letters');
    expect(yes).not.toContain('cannot make');
    expect(kids({ 'coppa.publicPosting': 'not-sure' })).not.toContain('make public');
  });

  it('explains the consent method in plain words, and claims none when there is none', () => {
    expect(lineOf(coppa, '**How we ask for your consent:**')).toBe(
      '- **How we ask for your consent:** before we collect personal information from your child, we ask for your consent with a payment card or other money transaction, which the account holder is told about.',
    );
    expect(lineOf(kids({ 'coppa.consentMethod': 'signed-form' }), '**How we ask')).toContain('on a signed form that you send back to us by post, fax or as a scan.');
    expect(kids({ 'coppa.consentMethod': 'none' })).not.toContain('consent');
    expect(kids({ 'coppa.consentMethod': 'not-sure' })).not.toContain('How we ask');
  });
});

describe('California additions', () => {
  const ca = (overrides: Record<string, unknown>) => section(render(overrides), 'Your rights in California')!;
  const INTRO_12 = 'In the last 12 months we collected these categories of personal information, named as in the CCPA.';

  it('links the Notice of Financial Incentive when there is one', () => {
    const text = ca({ 'sharing.financialIncentive': true, 'ccpa.incentiveNotice': 'https://brightnote.example/rewards' });
    expect(text).toContain('Our [Notice of Financial Incentive](https://brightnote.example/rewards) explains each offer');
    expect(text).not.toContain('We do not offer discounts');
    expect(ca({ 'sharing.financialIncentive': true })).not.toContain('Notice of Financial Incentive');
    expect(section(saas, 'Your rights in California')).not.toContain('Notice of Financial Incentive');
  });

  it('frictionless GPC: no opt-out link, said only when GPC is honoured', () => {
    const FRICTIONLESS = 'That is why we do not show a "Do Not Sell or Share My Personal Information" link.';
    const text = ca({ 'sharing.shares': true, 'ccpa.optOutMethod': 'frictionless', 'cookies.gpc': 'honoured' });
    expect(lineOf(text, '**Opt-out signals.**')).toContain(`We act on the signal with no extra step: no form, no pop-up and no change to how the service works for you. ${FRICTIONLESS}`);
    expect(text).not.toContain('You can also use the');
    expect(ca({ 'sharing.shares': true, 'ccpa.optOutMethod': 'frictionless', 'cookies.gpc': 'not-yet' })).not.toContain(FRICTIONLESS);
    expect(ca({ 'sharing.shares': true, 'ccpa.optOutMethod': 'links', 'cookies.gpc': 'honoured' })).not.toContain(FRICTIONLESS);
  });

  it('names the link people can use to opt out', () => {
    const alternative = ca({ 'sharing.shares': true, 'ccpa.optOutMethod': 'alternative-link', 'cookies.gpc': 'honoured' });
    expect(alternative).toContain('You can also use the "Your Privacy Choices" link, shown with the opt-out icon, in Brightnote.');
    const links = ca({ 'sharing.shares': true, 'ccpa.optOutMethod': 'links' });
    expect(links).toContain('You can also use the "Do Not Sell or Share My Personal Information" link in Brightnote.');
    expect(links).not.toContain('Your Privacy Choices');
    const notYet = ca({ 'sharing.shares': true, 'ccpa.optOutMethod': 'not-yet' });
    expect(notYet).not.toMatch(/You can also use the|Your Privacy Choices/);
  });

  it('says "in the last 12 months" only when the categories have been the same for 12 months', () => {
    expect(section(saas, 'Your rights in California')).toContain(INTRO_12);
    for (const value of [false, 'not-sure', undefined]) {
      const text = ca({ 'ccpa.sameLast12Months': value });
      expect(text, String(value)).not.toContain('12 months');
      expect(text, String(value)).toContain('We collect these categories of personal information, named as in the CCPA.');
    }
  });

  it('asks about the last 12 months only when the CCPA applies to a business with California users', () => {
    expect(saasFacts.answers['ccpa.sameLast12Months']).toBe(true);
    expect(factsWith({ 'audience.ccpaThresholds': [] }).answers['ccpa.sameLast12Months']).toBeUndefined();
    expect(factsWith({ 'audience.ccpaThresholds': 'not-sure' }).answers['ccpa.sameLast12Months']).toBeUndefined();
    expect(factsWith({ 'audience.regions': ['eea', 'uk'] }).answers['ccpa.sameLast12Months']).toBeUndefined();
    expect(factsWith({ 'audience.ccpaThresholds': ['revenue'] }).answers['ccpa.sameLast12Months']).toBe(true);
  });
});

describe('partials declare the reference rows these clauses render', () => {
  const covers = (partial: string) => /covers: ([^*]+) \*\//.exec(readFileSync(dataPath('outputs', 'policy', `${partial}.eta`), 'utf8'))![1]!.split(', ');
  it.each([
    ['us-states', 'US-ST-TX-NOTICE'],
    ['coppa', 'COPPA-4-d-1'],
    ['coppa', 'COPPA-4-d-2'],
    ['coppa', 'COPPA-4-d-5'],
    ['california', 'REG-7011-e1-A'],
    ['california', 'REG-7011-e3-G'],
    ['california', 'CCPA-125'],
  ])('%s covers %s', (partial, id) => {
    expect(covers(partial)).toContain(id);
  });

  it('leaves out the sharing section, heading included, while nothing about sharing is answered yet', () => {
    const early = renderPolicy(factsFrom({ 'product.name': 'Tasklight', 'product.kinds': ['webapp'] }), { lastUpdated: '2026-11-23' });
    expect(early).not.toContain('## Who we share it with');
    expect(early).not.toContain('(#who-we-share-it-with)');
    expect(saas).toContain('## Who we share it with');
  });
});

describe('fees and refusals, per law', () => {
  it('a Canadian product says what PIPEDA and Québec allow, not the GDPR\'s "unfounded or excessive" refusal', () => {
    const rights = section(renderPolicy(factsWith({}, 'canada-quebec'), { lastUpdated: '2026-11-23' }), 'Your rights')!;
    expect(rights).toMatch(/Making a request is free(, except as set out here)?\./);
    expect(rights).toContain('In Canada outside Québec, if a request would cost you anything, we tell you the approximate cost first, and you can withdraw it.');
    expect(rights).toContain('In Québec, access is free; we may charge a reasonable fee only for transcribing, copying or sending the information');
    expect(rights).not.toMatch(/unfounded|excessive|refuse it/);
  });

  it('a Brazilian product says requests are free and nothing more (LGPD Art. 18 §5)', () => {
    const rights = section(renderPolicy(factsWith({}, 'brazil-ecommerce'), { lastUpdated: '2026-11-23' }), 'Your rights')!;
    expect(lineOf(rights, 'Making a request is free.')).toBe('Making a request is free. If we cannot do what you ask, we will tell you why.');
  });
});

// GDPR Art. 13(1)(d): "The table names our reason" only when it does (the incomplete example had a
// legitimate-interests use with no interest answered, and the sentence above the table said otherwise).
describe('legitimate interests explained above the table', () => {
  const uses = (o: Record<string, unknown>) => section(renderPolicy(factsWith(o), { lastUpdated: '2026-11-23' }), 'How we use your data')!;
  it('says the table names the reason when every interest is answered', () => {
    expect(uses({})).toContain('**Legitimate interests:** we have a good reason of our own that does not override your rights. The table names our reason.');
  });
  it('does not, when one is missing', () => {
    const text = uses({ 'purposes.list': ['provide-service', 'security'], 'purposes.details': { 'provide-service': { basis: 'contract' }, security: { basis: 'legitimate-interests' } } });
    expect(text).toContain('**Legitimate interests:** we have a good reason of our own that does not override your rights.');
    expect(text).not.toContain('The table names our reason.');
  });
});

// kids-edu and us-mobile-ads use no AI provider, but were told "we do not let our AI providers do so".
describe('AI training statement', () => {
  const ai = (text: string) => section(text, 'Automated decisions and AI') ?? '';
  it('speaks of AI providers only when the product has them', () => {
    expect(ai(render())).toContain('we do not let our AI providers do so');
    const none = ai(renderPolicy(factsWith({}, 'kids-edu'), { lastUpdated: '2026-11-23' }));
    expect(none).toContain('We do not use your personal data or content to train AI models, including large language models.');
    expect(none).not.toContain('AI providers');
  });
});

// GDPR-6-1-b-B2B: the saas example is sold to people and to teams; "Contract" was the basis for
// everyone, though a person invited by their employer is not a party to the contract.
describe('users who get access through their employer', () => {
  const uses = (o: Record<string, unknown>) => section(renderPolicy(factsWith(o), { lastUpdated: '2026-11-23' }), 'How we use your data')!;
  it('are told the basis for them is legitimate interests, not the contract', () => {
    expect(uses({})).toContain('**If your employer gives you access:** our contract is with your employer, not with you.');
    expect(uses({ 'product.audienceType': 'b2c' })).not.toContain('If your employer gives you access');
  });
});
