// Six distinct products (plus the example SaaS): which laws apply, which policy sections
// appear and which findings the audit raises are asserted exactly, so a change in a rule
// or a template that alters what a real product gets is a visible, reviewed change.
import { describe, expect, test } from 'vitest';
import { renderPolicy } from '../../source/core/render/policy.js';
import { auditFacts, factsFor, loadEngine } from '../../source/project.js';
import { loadAnswersFixture } from '../helpers/facts.js';

const engine = loadEngine();

function outcome(fixture: string) {
  const facts = factsFor(engine, loadAnswersFixture(fixture), '2026-11-23');
  const audit = auditFacts(engine, facts);
  const policy = renderPolicy(facts, { lastUpdated: '2026-11-23' });
  return {
    laws: Object.entries(facts.laws).filter(([, a]) => a.applies === true).map(([law]) => law),
    findings: audit.findings.map((f) => `${f.severity} ${f.ruleId}`),
    sections: [...policy.matchAll(/^## (.+)$/gm)].map((m) => m[1]).filter((s) => s !== 'Contents'),
    tasks: audit.tasks.map((t) => t.id),
    policy,
  };
}

describe('products', () => {
  test('saas: a US SaaS with EU, UK, California, other US and Canadian users', () => {
    const o = outcome('saas');
    expect(o.laws).toEqual(["gdpr", "uk-gdpr", "eprivacy", "pecr", "ccpa", "caloppa", "us-states", "pipeda", "apple", "google-play"]);
    expect(o.sections).toEqual(["Privacy at a glance", "Who we are", "What we collect", "How we use your data", "Cookies and tracking", "Who we share it with", "Where we process your data", "How long we keep it", "How we protect it", "Your rights", "Your right to object", "Automated decisions and AI", "Marketing", "Children", "Your rights in the EEA and UK", "Your rights in California", "Your rights in other US states", "Your rights in Canada", "Changes to this policy", "Contact us"]);
    // Intercom's cookies are of a kind its vendor does not state: a warning and a task, not silence
    expect(o.findings).toEqual(["warning EP-5-3-KIND", "info UK-DUAA-GEN", "info UK-PECR-6"]);
    expect(o.tasks).toEqual(["offer-customer-dpa", "subprocessor-list", "processor-records", "processor-breach-notice", "lia-employer-users", "records-of-processing", "breach-log", "transfer-assessment-intercom", "transfer-assessment-openai", "rights-request-workflow", "rights-data-export", "rights-deletion-pipeline", "consent-records", "notify-indirect-data-subjects", "check-uk-extension-sentry", "check-uk-extension-stripe", "check-uk-extension-sendgrid", "acknowledge-complaints", "cookie-consent-banner", "cookie-table", "classify-cookies-intercom", "ccpa-request-workflow", "ccpa-annual-policy-review", "ccpa-contract-aws", "ccpa-contract-intercom", "ccpa-contract-openai", "ccpa-contract-posthog", "ccpa-contract-sentry", "ccpa-contract-stripe", "ccpa-contract-sendgrid", "ccpa-notice-at-collection", "ccpa-accessible-notices", "ccpa-request-records", "ccpa-risk-assessment", "caloppa-privacy-link", "caloppa-policy-matches-practice", "us-named-recipients", "us-appeal-workflow", "us-processor-contracts", "breach-register-canada", "app-store-privacy-link", "app-privacy-details", "store-labels-which-types", "app-privacy-linked", "app-privacy-payment-info", "ios-sdk-manifests", "play-console-privacy-link", "data-safety-form", "data-safety-account-methods"]);
  });

  test('eu-b2b-processor: an EU-only B2B SaaS that is a processor for its customers', () => {
    const o = outcome('eu-b2b-processor');
    expect(o.policy).toContain('The customer decides how the data is used, and its own privacy policy applies.');
    expect(o.policy).toContain('dpo@kontor.example');
    expect(o.policy).not.toContain('California');
    expect(o.laws).toEqual(["gdpr", "eprivacy"]);
    expect(o.sections).toEqual(["Privacy at a glance", "Who we are", "What we collect", "How we use your data", "Cookies and tracking", "Who we share it with", "Where we process your data", "How long we keep it", "How we protect it", "Your rights", "Your right to object", "Marketing", "Children", "Your rights in the EEA", "Changes to this policy", "Contact us"]);
    expect(o.findings).toEqual([]);
    expect(o.tasks).toEqual(["offer-customer-dpa", "subprocessor-list", "processor-records", "processor-breach-notice", "records-of-processing", "breach-log", "transfer-assessment-postmark", "rights-request-workflow", "rights-data-export", "rights-deletion-pipeline", "cookie-table"]);
  });

  test('us-mobile-ads: a US consumer mobile app with ads and analytics SDKs', () => {
    const o = outcome('us-mobile-ads');
    expect(o.policy).toContain('### Do Not Sell or Share My Personal Information');
    expect(o.policy).toContain('Virginia, Colorado, Connecticut, Texas, Oregon, Iowa and Nebraska');
    expect(o.policy).not.toContain('EEA');
    expect(o.laws).toEqual(["ccpa", "caloppa", "us-states", "apple", "google-play"]);
    expect(o.sections).toEqual(["Privacy at a glance", "Who we are", "What we collect", "How we use your data", "Cookies and tracking", "Who we share it with", "Where we process your data", "How long we keep it", "How we protect it", "Your rights", "Automated decisions and AI", "Marketing", "Children", "Your rights in California", "Your rights in other US states", "Changes to this policy", "Contact us"]);
    expect(o.findings).toEqual(["error C-08", "error REG-7026-a"]);
    expect(o.tasks).toEqual(["ccpa-dnss-link", "ccpa-optout-propagation", "ccpa-request-workflow", "ccpa-annual-policy-review", "ccpa-notice-third-party-collectors", "ccpa-gpc-status", "test-gpc-handling", "ccpa-contract-appsflyer", "ccpa-contract-google-admob", "ccpa-contract-firebase-analytics", "ccpa-contract-revenuecat", "ccpa-notice-at-collection", "ccpa-accessible-notices", "ccpa-request-records", "ccpa-risk-assessment", "caloppa-privacy-link", "caloppa-policy-matches-practice", "us-named-recipients", "us-appeal-workflow", "us-optout-link", "us-honour-uoom", "us-processor-contracts", "us-data-protection-assessment", "app-store-privacy-link", "app-privacy-details", "store-labels-which-types", "app-privacy-linked", "ios-sdk-manifests", "att-prompt", "play-console-privacy-link", "data-safety-form", "data-safety-account-methods", "play-ad-id", "ccpa-optout-form"]);
  });

  test("kids-edu: a children's educational app (Connecticut applies from 1 July 2026: a known child's data is sensitive)", () => {
    const o = outcome('kids-edu');
    expect(o.policy).toContain("Children's Online Privacy Protection Act (COPPA)");
    expect(o.policy).toContain("review your child's personal information, have it deleted");
    expect(o.laws).toEqual(["caloppa", "coppa", "us-states", "apple", "google-play"]);
    expect(o.sections).toEqual(["Privacy at a glance", "Who we are", "What we collect", "How we use your data", "Cookies and tracking", "Who we share it with", "Where we process your data", "How long we keep it", "How we protect it", "Your rights", "Automated decisions and AI", "Marketing", "Children under 13", "Your rights in other US states", "Changes to this policy", "Contact us"]);
    // "Meet legal duties" is listed with no data answered for it
    expect(o.findings).toEqual(["warning C-PURPOSE-DATA", "info COPPA-4-d-4"]);
    expect(o.tasks).toEqual(["caloppa-privacy-link", "caloppa-policy-matches-practice", "coppa-notice-links", "coppa-direct-notice", "coppa-parental-consent", "coppa-parent-review", "coppa-security-program", "coppa-third-party-assurances", "coppa-retention-policy", "coppa-deletion-jobs", "coppa-minimise-collection", "us-appeal-workflow", "us-sensitive-consent", "us-processor-contracts", "us-data-protection-assessment", "app-store-privacy-link", "app-privacy-details", "store-labels-which-types", "app-privacy-linked", "ios-sdk-manifests", "play-console-privacy-link", "data-safety-form", "data-safety-account-methods", "apple-kids-category", "google-families-policy"]);
  });

  test('brazil-ecommerce: a Brazilian e-commerce site', () => {
    const o = outcome('brazil-ecommerce');
    expect(o.policy).toContain('Our person in charge of data protection (encarregado) is Ana Souza, Encarregada de Dados. You can reach them at [encarregado@lojaverde.example]');
    expect(o.policy).not.toContain('Your rights in California');
    expect(o.laws).toEqual(["lgpd"]);
    expect(o.sections).toEqual(["Privacy at a glance", "Who we are", "What we collect", "How we use your data", "Cookies and tracking", "Who we share it with", "Where we process your data", "How long we keep it", "How we protect it", "Your rights", "Marketing", "Children", "Your rights in Brazil", "Changes to this policy", "Contact us"]);
    // a web form is chosen as a request channel with no address, so the policy leaves it out
    expect(o.findings).toEqual(["warning C-08-channel", "info LGPD-33"]);
    expect(o.tasks).toEqual(["policy-in-portuguese", "breach-notify-anpd", "lgpd-request-workflow"]);
  });

  test('canada-quebec: a Canadian and Québec service', () => {
    const o = outcome('canada-quebec');
    expect(o.policy).toContain('The person accountable for how we handle personal information (for Québec, the person in charge of the protection of personal information) is Marie Tremblay, présidente.');
    expect(o.laws).toEqual(["pipeda", "quebec"]);
    expect(o.sections).toEqual(["Privacy at a glance", "Who we are", "What we collect", "How we use your data", "Cookies and tracking", "Who we share it with", "Where we process your data", "How long we keep it", "How we protect it", "Your rights", "Marketing", "Children", "Your rights in Canada", "Changes to this policy", "Contact us"]);
    // "Meet legal duties" is listed with no data answered for it
    expect(o.findings).toEqual(["warning C-PURPOSE-DATA"]);
    // no California users: Do Not Track is not asked and the policy makes no DNT promise, so there is nothing to test
    expect(o.policy).not.toContain("Do Not Track");
    expect(o.tasks).toEqual(["breach-register-canada", "quebec-incident-register", "quebec-portability-export"]);
  });

  test('dev-api: a developer API with no users in California, below the US state thresholds', () => {
    const o = outcome('dev-api');
    expect(o.policy).not.toContain('Your rights in');
    expect(o.laws).toEqual([]);
    expect(o.sections).toEqual(["Privacy at a glance", "Who we are", "What we collect", "How we use your data", "Cookies and tracking", "Who we share it with", "Where we process your data", "How long we keep it", "How we protect it", "Your rights", "Marketing", "Children", "Changes to this policy", "Contact us"]);
    expect(o.findings).toEqual([]);
    expect(o.tasks).toEqual([]);
  });
});
