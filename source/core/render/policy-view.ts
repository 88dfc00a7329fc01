// The policy's view-model: one builder per section (views/), each returning null when the answers
// give its section nothing true to say. Every builder reads the same ViewContext, so two sections
// can never disagree about a derived answer.
import type { PolicyVersion } from '../answers/types.js';
import type { PolicyFacts } from '../facts/types.js';
import { formatDate, slug } from './format.js';
import { mailLink, markdownLink } from './markdown-escape.js';
import { viewContext } from './views/context.js';
import { introView, whoView } from './views/who-we-are.js';
import { collectView } from './views/what-we-collect.js';
import { sensitiveView, usesView } from './views/how-we-use.js';
import { cookiesView } from './views/cookies.js';
import { sharingView } from './views/sharing.js';
import { transfersView } from './views/transfers.js';
import { retentionView, securityView } from './views/retention.js';
import { objectionView, rightsView } from './views/rights.js';
import { aiView, marketingView } from './views/ai-marketing.js';
import { childrenView, coppaView } from './views/children.js';
import { eeaView } from './views/eea-uk.js';
import { californiaView } from './views/california.js';
import { usStatesView } from './views/us-states.js';
import { australiaView, brazilView, canadaView, indiaView } from './views/regional.js';
import { changesView, contactView } from './views/changes-contact.js';
import { glanceView } from './views/glance.js';

/** The headings of the sections for a country's law: the templates print them, the glance links to them. */
export const REGIONAL_HEADINGS = {
  eea: (eea: { gdpr: boolean; uk: boolean }) => (eea.gdpr && eea.uk ? 'Your rights in the EEA and UK' : eea.gdpr ? 'Your rights in the EEA' : 'Your rights in the UK'),
  california: 'Your rights in California',
  usStates: 'Your rights in other US states',
  brazil: 'Your rights in Brazil',
  canada: 'Your rights in Canada',
  australia: 'Your rights in Australia',
  india: 'Your rights in India',
};

/** The heading of the summary at the top of the policy (outputs/policy/glance.eta prints it). */
export const GLANCE_HEADING = 'Privacy at a glance';

/** Placeholder the contents list replaces; a user value can never produce it (braces are escaped). */
export const CONTENTS_MARKER = '{{contents}}';

/** Links get the same guard as printed values: no clause with a missing address. */
function present(value: string | undefined): string {
  if (value === undefined || value.trim() === '') throw new Error('a template printed a missing value');
  return value;
}

export function buildPolicyView(facts: PolicyFacts, lastUpdated: string, versions: PolicyVersion[] = []) {
  const c = viewContext(facts);
  // The text takes effect no earlier than its last change (CalOPPA §22575(b)(4)): an effective date
  // answered before that moves up to it; a later one (a planned publication) stays.
  const effective = facts.effectiveDate && facts.effectiveDate > lastUpdated ? facts.effectiveDate : lastUpdated;
  const sections = {
    intro: introView(c),
    who: whoView(c),
    collect: collectView(c),
    uses: usesView(c),
    sensitive: sensitiveView(c),
    cookies: cookiesView(c),
    sharing: sharingView(c),
    transfers: transfersView(c),
    retention: retentionView(c),
    security: securityView(c),
    rights: rightsView(c),
    objection: objectionView(c),
    ai: aiView(c),
    marketing: marketingView(c),
    children: childrenView(c),
    coppa: coppaView(c),
    eea: eeaView(c),
    california: californiaView(c),
    usStates: usStatesView(c),
    brazil: brazilView(c),
    canada: canadaView(c),
    australia: australiaView(c),
    india: indiaView(c),
    changes: changesView(c, versions),
    contact: contactView(c),
  };
  // The sections for a country's law, as their headings read (the templates print the same words).
  const regional = [
    sections.eea && { name: sections.eea.uk && sections.eea.gdpr ? 'the EEA and UK' : sections.eea.gdpr ? 'the EEA' : 'the UK', heading: REGIONAL_HEADINGS.eea(sections.eea) },
    sections.california && { name: 'California', heading: REGIONAL_HEADINGS.california },
    sections.usStates && { name: 'other US states', heading: REGIONAL_HEADINGS.usStates },
    sections.brazil && { name: 'Brazil', heading: REGIONAL_HEADINGS.brazil },
    sections.canada && { name: 'Canada', heading: REGIONAL_HEADINGS.canada },
    sections.australia && { name: 'Australia', heading: REGIONAL_HEADINGS.australia },
    sections.india && { name: 'India', heading: REGIONAL_HEADINGS.india },
  ].filter((x): x is { name: string; heading: string } => !!x);
  return {
    ...sections,
    glance: glanceView(c, { ...sections, regional }),
    glanceHeading: GLANCE_HEADING,
    headings: REGIONAL_HEADINGS,
    /** the anchor of one of our own headings */
    anchor: slug,
    product: c.product,
    controller: facts.org.legalName ?? facts.org.tradingName,
    lastUpdated: formatDate(lastUpdated),
    effectiveDate: formatDate(effective),
    contentsMarker: CONTENTS_MARKER,
    link: (text: string, url: string | undefined) => markdownLink(present(text), url),
    mail: (email: string | undefined) => mailLink(present(email)),
  };
}

export type PolicyView = ReturnType<typeof buildPolicyView>;
