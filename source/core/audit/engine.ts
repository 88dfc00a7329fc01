import type { QuestionBank } from '../questions/types.js';
import type { LawId, PolicyFacts } from '../facts/types.js';
import { applicableCitations, citationForStates, lawOfCitation } from './citation-law.js';
import type { AuditResult, Finding, Obligation, Rule, Severity, Task } from './types.js';

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function lawApplies(facts: PolicyFacts, law: LawId | 'general'): boolean {
  return law === 'general' || facts.laws[law].applies === true;
}

/**
 * A rule's or obligation's citation, cut to what binds this business: parts of a law that does not
 * apply are left out (C-04 cited the CCPA to a Brazil-only shop; the EU cookie warning cited nothing
 * of PECR for UK users), and a multi-state citation names only the states whose law applies.
 */
function citationFor(facts: PolicyFacts, law: LawId | 'general', citation: string): string {
  const split = citation.split('; ');
  // "GDPR Art. 6(1)(b); Art. 7(4)": a part that names no act ("Art. 7(4)", "§7021") belongs to the one before it
  let previous: LawId | undefined;
  const lawOf = split.map((part) => (previous = lawOfCitation(part) ?? (/^(Art\.|§|s\.|para|paras|reg\.|Rule )/.test(part) ? previous : undefined)));
  const kept = split.filter((_, i) => lawOf[i] === undefined || facts.laws[lawOf[i]!].applies === true);
  const parts = (kept.length > 0 ? kept : split.slice(0, 1)).join('; ');
  return law === 'us-states' ? citationForStates(parts, facts.usStates) : parts;
}

/**
 * Runs the rules and obligations that apply. Adds the generic findings: a law whose
 * applicability is unknown, a required answer missing, an answer "Not sure yet".
 */
export function runAudit(facts: PolicyFacts, rules: Rule[], obligations: Obligation[], bank: QuestionBank): AuditResult {
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (!lawApplies(facts, rule.law)) continue;
    const result = rule.check(facts);
    const messages = result === null ? [] : Array.isArray(result) ? result : [result];
    for (const m of messages) {
      findings.push({
        ruleId: rule.id,
        // UNVERIFIED reference rows must not raise errors or warnings.
        severity: rule.unverified ? 'info' : rule.severity,
        law: rule.law,
        citation: citationFor(facts, rule.law, rule.citation),
        message: typeof m === 'string' ? m : m.message,
        fix: rule.fix,
        ...(typeof m === 'string' ? {} : { cell: m.cell }),
        action: rule.action,
      });
    }
  }
  // A rule about one table cell says more than the generic "Not sure yet" of that cell: that one is left out.
  const ruled = new Set(findings.flatMap((f) => (f.cell ? [`${f.fix[0]}.${f.cell.item}.${f.cell.field}`] : [])));
  findings.push(...genericFindings(facts, bank).filter((f) => !(f.ruleId === 'NOT-SURE' && f.cell && ruled.has(`${f.fix[0]}.${f.cell.item}.${f.cell.field}`))));

  const tasks: Task[] = [];
  const seen = new Set<string>();
  const addTask = (task: Task) => {
    if (seen.has(task.id)) return;
    seen.add(task.id);
    tasks.push(task);
  };
  for (const obligation of obligations) {
    if (!lawApplies(facts, obligation.law)) continue;
    const citation = citationFor(facts, obligation.law, obligation.citation);
    for (const action of obligation.tasks(facts)) addTask({ ...action, citation, law: obligation.law });
  }
  for (const finding of findings) {
    if (finding.action) addTask({ ...finding.action, citation: finding.citation, law: finding.law });
  }

  findings.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return { laws: facts.laws, findings, tasks, counts };
}

const questionOf = (id: string) => id.split('.').slice(0, 2).join('.');
/** The table cell an answer id names ("data.details.email.required"), so a fix opens that cell. */
const cellOf = (id: string): Finding['cell'] => {
  const parts = id.split('.');
  return parts.length === 4 ? { item: parts[2]!, field: parts[3]! } : undefined;
};

function genericFindings(facts: PolicyFacts, bank: QuestionBank): Finding[] {
  const out: Finding[] = [];
  for (const [law, applicability] of Object.entries(facts.laws)) {
    if (applicability.applies !== 'unknown') continue;
    out.push({
      ruleId: 'APPLICABILITY',
      severity: 'warning',
      law: law as LawId,
      citation: applicabilityCitation[law as LawId],
      message: applicability.reason,
      fix: applicabilityQuestions[law as LawId],
    });
  }
  const cite = (id: string) => {
    const citations = lawsOf(bank, id);
    return citations.length > 0 ? applicableCitations(citations, (law) => facts.laws[law].applies === true).join('; ') : 'privacy-wizard question bank';
  };
  for (const id of facts.missing) {
    const q = bank.byId.get(questionOf(id));
    out.push({
      ruleId: 'REQUIRED-ANSWER',
      severity: 'error',
      law: 'general',
      citation: cite(id),
      message: `A required answer is missing: ${describe(id, q?.prompt)}`,
      fix: [questionOf(id)],
      cell: cellOf(id),
    });
  }
  for (const id of facts.unsure) {
    const q = bank.byId.get(questionOf(id));
    out.push({
      ruleId: 'NOT-SURE',
      severity: 'warning',
      law: 'general',
      citation: cite(id),
      message: `You answered "Not sure yet": ${describe(id, q?.prompt)} Find out, then answer it; the policy leaves this out until you do.`,
      fix: [questionOf(id)],
      cell: cellOf(id),
      action: { id: `decide-${id.replace(/\./g, '-')}`, due: 'publish', text: `Find out and answer: ${describe(id, q?.prompt)}` },
    });
  }
  return out;
}

/** The citations of a question, or of one field of a records question ("q.item.field"). */
function lawsOf(bank: QuestionBank, id: string): string[] {
  const q = bank.byId.get(questionOf(id));
  const fieldId = id.split('.')[3];
  const field = fieldId ? q?.fields?.find((f) => f.id === fieldId) : undefined;
  return field?.law ?? q?.law ?? [];
}

function describe(id: string, prompt: string | undefined): string {
  const parts = id.split('.');
  return parts.length > 2 ? `${prompt ?? id} (${parts[2]}, field "${parts[3]}")` : (prompt ?? id);
}

const applicabilityQuestions: Record<LawId, string[]> = {
  gdpr: ['audience.regions', 'org.country'],
  'uk-gdpr': ['audience.regions', 'org.country'],
  eprivacy: ['audience.regions'],
  pecr: ['audience.regions'],
  ccpa: ['audience.ccpaThresholds'],
  caloppa: ['audience.regions'],
  coppa: ['audience.children'],
  'us-states': ['audience.usStates', 'audience.usStateVolumes', 'usStates.saleShare', 'audience.revenueOver25m', 'audience.smallBusiness'],
  lgpd: ['audience.regions'],
  pipeda: ['audience.regions'],
  quebec: ['audience.regions'],
  australia: ['audience.australiaCovered'],
  dpdp: ['audience.regions'],
  appi: ['audience.regions'],
  apple: ['product.platforms'],
  'google-play': ['product.platforms'],
};

const applicabilityCitation: Record<LawId, string> = {
  gdpr: 'GDPR Art. 3',
  'uk-gdpr': 'UK GDPR Art. 3',
  eprivacy: 'ePrivacy Directive Art. 5(3)',
  pecr: 'PECR reg. 6',
  ccpa: 'Cal. Civ. Code §1798.140(d)',
  caloppa: 'Cal. Bus. & Prof. Code §22575(a)',
  coppa: '16 CFR §312.2',
  'us-states': 'Va. Code §59.1-576; Tex. Bus. & Com. Code §541.002',
  lgpd: 'LGPD Art. 3',
  pipeda: 'PIPEDA s.4',
  quebec: 'CQLR c. P-39.1 s.1',
  australia: 'Privacy Act 1988 (Cth) ss.6C–6E',
  dpdp: 'DPDP Act s.3',
  appi: 'APPI Art. 2',
  apple: 'App Store Review Guideline 5.1.1',
  'google-play': 'Google Play User Data policy',
};
