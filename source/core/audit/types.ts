import type { LawId, Applicability, PolicyFacts } from '../facts/types.js';

export type Severity = 'error' | 'warning' | 'info';

/** When a checklist task is due; also the checklist's groups, in this order. */
export const DUE = ['publish', 'engineering', 'contracts', 'ongoing'] as const;
export type Due = (typeof DUE)[number];

/** A thing the team must do (not just write), for the checklist. */
export interface Action {
  /** stable id, kebab-case; per-item actions append the item, e.g. "sign-dpa-stripe" */
  id: string;
  due: Due;
  text: string;
  /** for ongoing tasks, e.g. "every 12 months" */
  cadence?: string;
}

export type LawOrGeneral = LawId | 'general';

/** One problem the audit found. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  law: LawOrGeneral;
  citation: string;
  message: string;
  /** question ids whose answers fix it */
  fix: string[];
  /** the row and field of the first fix's table the finding is about, when it is about one cell */
  cell?: { item: string; field: string } | undefined;
  action?: Action;
}

/**
 * An audit rule. `check` returns a message (or several) when the answers leave a
 * required element open or contradict each other or the law; null/[] when fine.
 * Rules run only when their law applies (or always, for 'general').
 */
export interface Rule {
  /** id from ../shared/reference/legal-checklist.md where one fits (e.g. "GDPR-13-1-d", "C-03") */
  id: string;
  law: LawOrGeneral;
  severity: Severity;
  citation: string;
  /** the reference row is marked UNVERIFIED: the engine caps the severity at info */
  unverified?: boolean;
  /** further reference ids this rule accounts for (docs/coverage.md) */
  covers?: string[];
  fix: string[];
  /** the checklist task the finding implies */
  action?: Action;
  check(facts: PolicyFacts): string | RuleMessage[] | null;
}

/** A message of a rule, bare or with the table cell of its first fix it is about (so a fix opens that cell). */
export type RuleMessage = string | { message: string; cell: NonNullable<Finding['cell']> };

/**
 * A task the answers imply even when nothing is wrong with them (sign a DPA,
 * add a "Do Not Sell or Share" link, review the policy every 12 months).
 */
export interface Obligation {
  id: string;
  law: LawOrGeneral;
  citation: string;
  unverified?: boolean;
  /** further reference ids this obligation accounts for (docs/coverage.md) */
  covers?: string[];
  /** one task, or one per item (e.g. per service); ids must be stable across runs */
  tasks(facts: PolicyFacts): Action[];
}

/** A checklist task with where it comes from. */
export interface Task extends Action {
  citation: string;
  law: LawOrGeneral;
}

export interface AuditResult {
  laws: Record<LawId, Applicability>;
  findings: Finding[];
  tasks: Task[];
  counts: Record<Severity, number>;
}
