// "Changes to this policy" and "Contact us".
import type { PolicyVersion } from '../../answers/types.js';
import { phrase } from '../engine.js';
import { formatDate, joinWords, sentence } from '../format.js';
import { known, type ViewContext } from './context.js';

export function changesView({ facts, p }: ViewContext, versions: PolicyVersion[]) {
  return {
    notify: joinWords(known(facts.changes.notify.map((n) => phrase(p.notify, n)))),
    direct: facts.changes.notify.some((n) => n !== 'date'),
    // Newest first: the reader wants to know what changed last.
    versions: [...versions].reverse().map((v) => ({ date: formatDate(v.date), summary: sentence(v.summary) })),
  };
}

export function contactView({ facts }: ViewContext) {
  const { org } = facts;
  return { email: org.email, form: org.contactForm, phone: org.tollFree, address: org.address, dpo: org.hasDpo === true ? org.dpoEmail : undefined };
}
