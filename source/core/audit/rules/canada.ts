// Canada: PIPEDA and Québec's Law 25 (CQLR c. P-39.1): reference §10.
import type { PolicyFacts } from '../../facts/types.js';
import type { Action, Obligation, Rule } from '../types.js';

function noAccountablePerson(f: PolicyFacts): string | null {
  // In Québec, QC-3.1-3.2 says the same with Québec's stricter terms.
  return f.org.privacyOfficer || f.laws.quebec.applies === true
    ? null
    : 'Canadian law requires the policy to give the name or title and address of the person accountable for privacy, to whom complaints and questions go. Designate a privacy officer and enter their name or title.';
}

function slowAccess(f: PolicyFacts): string | null {
  return f.rights.responseTime === '45-days'
    ? 'You answer requests within 45 days, but in Canada (and Québec) access requests must be answered within 30 days. Answer within 30 days.'
    : null;
}

function noPersonInCharge(f: PolicyFacts): string | null {
  return f.org.privacyOfficer
    ? null
    : 'Québec\'s Law 25 makes your highest authority the person in charge of personal information unless delegated, and their title and contact must be on your website. Designate the person and enter their title.';
}

function transfersWithoutAssessment(f: PolicyFacts): string | null {
  return f.answers['intl.quebecPia'] === false
    ? 'Personal information of people in Québec goes outside Québec without a privacy impact assessment and written agreements. Do the assessment and sign the agreements before the data leaves Québec.'
    : null;
}

function underFourteen(f: PolicyFacts): string | null {
  const young = f.children.audience === 'mixed' || f.children.audience === 'children' || (f.children.minimumAge !== undefined && f.children.minimumAge < 14);
  return young ? 'People under 14 may use the product. In Québec, a parent must consent for them; add a parental-consent step or raise the minimum age to 14.' : null;
}

const actions = {
  officer: { id: 'designate-privacy-officer', due: 'publish', text: 'Designate the person accountable for privacy (Canada and Québec) and publish their title and contact.' },
  pia: { id: 'quebec-transfer-assessment', due: 'contracts', text: 'Do a privacy impact assessment before personal information of Québec residents leaves Québec, and sign written agreements with the recipients.' },
} satisfies Record<string, Action>;

export const canadaRules: Rule[] = [
  { id: 'PIPEDA-4.8.2', law: 'pipeda', severity: 'error', citation: 'PIPEDA Sch. 1, cl. 4.8.2(a)', fix: ['org.privacyOfficer'], action: actions.officer, check: noAccountablePerson },
  { id: 'PIPEDA-ACCESS', law: 'pipeda', severity: 'error', citation: 'PIPEDA s.8(3); CQLR c. P-39.1 s.32', covers: ['QC-OPS'], fix: ['rights.responseTime'], check: slowAccess },
  { id: 'QC-3.1-3.2', law: 'quebec', severity: 'error', citation: 'CQLR c. P-39.1 s.3.1', fix: ['org.privacyOfficer'], action: actions.officer, check: noPersonInCharge },
  { id: 'QC-17', law: 'quebec', severity: 'error', citation: 'CQLR c. P-39.1 s.17', fix: ['intl.quebecPia'], action: actions.pia, check: transfersWithoutAssessment },
  { id: 'QC-4.1', law: 'quebec', severity: 'warning', citation: 'CQLR c. P-39.1 s.4.1', fix: ['audience.children', 'audience.minimumAge'], check: underFourteen },
];

export const canadaObligations: Obligation[] = [
  {
    id: 'PIPEDA-BREACH',
    law: 'pipeda',
    citation: 'PIPEDA s.10.1–10.3; Breach of Security Safeguards Regulations',
    tasks: () => [{ id: 'breach-register-canada', due: 'ongoing', cadence: 'for every breach; keep records 24 months', text: 'Record every breach of security safeguards and keep the records for 24 months; report those with a real risk of significant harm to the Privacy Commissioner and the people affected.' }],
  },
  {
    id: 'QC-17-assessment',
    law: 'quebec',
    citation: 'CQLR c. P-39.1 s.17',
    covers: ['QC-17'],
    tasks: (f) => (f.services.length > 0 && f.answers['intl.quebecPia'] !== true ? [actions.pia] : []),
  },
  {
    id: 'QC-8.1',
    law: 'quebec',
    citation: 'CQLR c. P-39.1 s.8.1, s.9.1',
    tasks: (f) =>
      f.ai.profiling === true || f.data.some((d) => d.id === 'location-precise')
        ? [{ id: 'quebec-functions-off-by-default', due: 'engineering', text: 'Keep profiling and location functions off by default for Québec users, tell them these functions exist and how to turn them on.' }]
        : [],
  },
  {
    id: 'QC-12.1',
    law: 'quebec',
    citation: 'CQLR c. P-39.1 s.12.1',
    tasks: (f) =>
      f.ai.automatedDecisions === true
        ? [{ id: 'quebec-automated-decision-notice', due: 'engineering', text: 'When a decision is made solely by automated means, tell the person at the latest when you tell them the decision; on request, give the data used, the reasons and main factors, and let them correct the data.' }]
        : [],
  },
  // one obligation per duty, so that each task cites its own section (the portability task cited the incident sections)
  {
    id: 'QC-OPS-tasks',
    law: 'quebec',
    citation: 'CQLR c. P-39.1 s.3.5–3.8',
    covers: ['QC-OPS'],
    tasks: () => [
      { id: 'quebec-incident-register', due: 'ongoing', cadence: 'for every confidentiality incident', text: 'Keep a register of confidentiality incidents; notify the Commission d\'accès à l\'information and the people concerned when there is a risk of serious injury.' },
    ],
  },
  {
    id: 'QC-OPS-portability',
    law: 'quebec',
    citation: 'CQLR c. P-39.1 s.27',
    covers: ['QC-OPS'],
    tasks: () => [{ id: 'quebec-portability-export', due: 'engineering', text: 'Let Québec users get their personal information in a structured, commonly used technological format.' }],
  },
];
