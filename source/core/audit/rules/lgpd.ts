// Brazil: LGPD (Lei 13.709/2018): reference §9.
import type { PolicyFacts } from '../../facts/types.js';
import type { Action, Obligation, Rule } from '../types.js';

const abroad = (f: PolicyFacts) => f.services.filter((s) => !!s.location && /^[A-Za-z]{2}$/.test(s.location) && s.location.toUpperCase() !== 'BR');

function noEncarregado(f: PolicyFacts): string | null {
  return f.org.privacyOfficer
    ? null
    : 'Brazil\'s LGPD requires the policy to name your data protection officer (encarregado) and how to contact them. Appoint one (small businesses may offer a contact channel instead) and enter the name or role.';
}

function slowAccess(f: PolicyFacts): string | null {
  return f.rights.responseTime === '30-days' || f.rights.responseTime === '45-days'
    ? `You answer requests within ${f.rights.responseTime === '30-days' ? '30' : '45'} days, but in Brazil a full access request must be answered within 15 days. Answer Brazilian access requests within 15 days.`
    : null;
}

function children(f: PolicyFacts): string | null {
  return f.children.audience === 'mixed' || f.children.audience === 'children'
    ? 'Children under 12 may use the product. In Brazil a parent must give specific, highlighted consent, and you must publish what data you collect from children and how it is used. Add a parental-consent step.'
    : null;
}

function transfers(f: PolicyFacts): string | null {
  const names = abroad(f).map((s) => s.name);
  return names.length > 0
    ? `Data of people in Brazil goes abroad (${names.join(', ')}). Transfers need an LGPD mechanism, usually the ANPD standard contractual clauses; check the current ANPD rules and deadline.`
    : null;
}

const encarregado: Action = { id: 'appoint-encarregado', due: 'publish', text: 'Appoint an encarregado (data protection officer) for Brazil, or a contact channel if you are a small processing agent, and publish their name and contact.' };

export const lgpdRules: Rule[] = [
  { id: 'LGPD-41', law: 'lgpd', severity: 'error', citation: 'LGPD Art. 41 §1', fix: ['org.privacyOfficer'], action: encarregado, check: noEncarregado },
  { id: 'LGPD-19-20', law: 'lgpd', severity: 'warning', citation: 'LGPD Art. 19(II)', fix: ['rights.responseTime'], check: slowAccess },
  { id: 'LGPD-14', law: 'lgpd', severity: 'warning', citation: 'LGPD Art. 14', fix: ['audience.children'], check: children },
  { id: 'LGPD-33', law: 'lgpd', severity: 'warning', unverified: true, citation: 'LGPD Art. 33; ANPD Res. 19/2024', fix: ['services.details'], check: transfers },
];

export const lgpdObligations: Obligation[] = [
  {
    id: 'LGPD-9',
    law: 'lgpd',
    citation: 'LGPD Art. 9',
    tasks: () => [{ id: 'policy-in-portuguese', due: 'publish', text: 'Publish a Portuguese version of the privacy policy for users in Brazil.' }],
  },
  {
    id: 'LGPD-48',
    law: 'lgpd',
    citation: 'LGPD Art. 48',
    tasks: () => [{ id: 'breach-notify-anpd', due: 'ongoing', cadence: 'for every incident', text: 'Report security incidents that may cause relevant risk or damage to the ANPD and to the people affected, within the ANPD deadline (about 3 business days).' }],
  },
  {
    // LGPD Art. 19: confirmation or access at once in a simplified form, or a full declaration within 15 days.
    id: 'LGPD-19',
    law: 'lgpd',
    citation: 'LGPD Art. 18, Art. 19(I)–(II)',
    covers: ['LGPD-18'],
    tasks: () => [{ id: 'lgpd-request-workflow', due: 'engineering', text: 'Set up a way to log privacy requests from people in Brazil: confirm or give access at once in a simplified form, or send a full, clear declaration within 15 days of the request, free of charge.' }],
  },
  {
    id: 'LGPD-20',
    law: 'lgpd',
    citation: 'LGPD Art. 20',
    covers: ['LGPD-19-20'],
    tasks: (f) =>
      f.ai.automatedDecisions === true
        ? [{ id: 'human-review-automated-decisions', due: 'engineering', text: 'Let people ask for a review of a decision made solely by automated means, and tell them on request the criteria and procedures used.' }]
        : [],
  },
];
