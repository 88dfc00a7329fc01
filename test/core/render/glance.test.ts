// "Privacy at a glance" (issue 11): on top of every example policy, at most 200 words, and every
// line agrees with the section it links to (test/core/truth/glance.ts reads both from the Markdown).
// The truth harness checks the same over generated answers (invariant "glance-agrees").
import { describe, expect, it } from 'vitest';
import { runAudit } from '../../../source/core/audit/engine.js';
import { obligations, rules } from '../../../source/core/audit/rules/index.js';
import { loadQuestionBank } from '../../../source/core/questions/load.js';
import { renderPolicy } from '../../../source/core/render/policy.js';
import { measure } from '../../../source/core/render/policy-readability.js';
import { answersOf, factsFrom, factsWith, loadAnswersFixture } from '../../helpers/facts.js';
import { glanceDisagreements, sectionOf } from '../truth/glance.js';

const EXAMPLES = ['saas', 'kids-edu', 'eu-b2b-processor', 'us-mobile-ads', 'brazil-ecommerce', 'canada-quebec', 'dev-api', 'incomplete'];
const policyOf = (name: string) => {
  const facts = factsFrom(answersOf(loadAnswersFixture(name)));
  return renderPolicy(facts, { lastUpdated: '2026-11-23', openItems: runAudit(facts, rules, obligations, loadQuestionBank()).counts.error });
};
const render = (o: Record<string, unknown>) => renderPolicy(factsWith(o), { lastUpdated: '2026-11-23' });

describe('Privacy at a glance', () => {
  it.each(EXAMPLES)('%s: comes first, under 200 words, and agrees with every section it links to', (name) => {
    const policy = policyOf(name);
    const headings = [...policy.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings[0]).toBe('Privacy at a glance');
    expect(measure(policy).glanceWords).toBeLessThanOrEqual(200);
    expect(glanceDisagreements(policy)).toBeNull();
  });

  it('says what the saas example does, line by line', () => {
    const glance = sectionOf(policyOf('saas'), 'Privacy at a glance')!;
    expect(glance).toContain('- **[Who receives it](#who-we-share-it-with):** companies that work for us: Amazon Web Services (AWS), Intercom, OpenAI API, PostHog, Sentry, Stripe and Twilio SendGrid.');
    expect(glance).toContain('- **[Selling and sharing](#who-we-share-it-with):** we do not sell your personal information or share it for cross-context behavioural advertising.');
    expect(glance).toContain('[California](#your-rights-in-california)');
    expect(glance).toContain('- **[Contact us](#contact-us):** [privacy@brightnote.example](mailto:privacy@brightnote.example).');
  });

  it('follows the answers on selling and sharing, and offers the opt-out only where the rights section does', () => {
    const sells = render({ 'sharing.sells': true });
    expect(sectionOf(sells, 'Privacy at a glance')).toContain('we sell some personal information. You can opt out.');
    expect(sectionOf(sells, 'Your rights')).toContain('- stop selling or sharing your data (opt out)');
    expect(glanceDisagreements(sells)).toBeNull();
    const open = render({ 'sharing.sells': 'not-sure' });
    expect(sectionOf(open, 'Privacy at a glance')).not.toContain('Selling and sharing');
    expect(glanceDisagreements(open)).toBeNull();
  });

  it('uses plain words, not the CCPA\'s, where no US law applies', () => {
    const glance = sectionOf(policyOf('eu-b2b-processor'), 'Privacy at a glance')!;
    expect(glance).toContain('we do not sell your personal data or let others use it to target ads at you.');
    expect(policyOf('eu-b2b-processor')).not.toMatch(/cross-context|personal information/);
  });

  it('catches a summary that disagrees with its section', () => {
    const policy = policyOf('saas');
    expect(glanceDisagreements(policy.replace('companies that work for us: Amazon Web Services (AWS), ', 'companies that work for us: '))).toMatch(/Service providers/);
    expect(glanceDisagreements(policy.replace('we do not sell your personal information or share it', 'we sell some personal information and share it'))).toMatch(/selling and sharing/);
    expect(glanceDisagreements(policy.replace('. You can withdraw your consent at any time.\n', '.\n'))).toMatch(/withdrawing consent/);
    expect(glanceDisagreements(policy.replace('[California](#your-rights-in-california), ', ''))).toMatch(/regional/);
    expect(glanceDisagreements(policy.replace('usage data, device and network identifiers', 'usage data'))).toMatch(/collects/);
  });
});

// COPPA §312.4(d): a prominent, clearly labelled link to the children's notice. kids-edu's summary at
// the top of the policy linked every section but the notice to parents.
describe('the children\'s notice in the summary', () => {
  it('is linked from the summary when COPPA applies, and only then', () => {
    const kids = renderPolicy(factsWith({}, 'kids-edu'), { lastUpdated: '2026-11-23' });
    expect(sectionOf(kids, 'Privacy at a glance')).toContain("- **[Children under 13](#children-under-13):** our notice to parents (COPPA).");
    expect(glanceDisagreements(kids)).toBeNull();
    expect(sectionOf(renderPolicy(factsWith({}), { lastUpdated: '2026-11-23' }), 'Privacy at a glance')).not.toContain('Children under 13');
  });
});
