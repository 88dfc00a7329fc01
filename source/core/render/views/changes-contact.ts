// "Changes to this policy" and "Contact us".
import { phrase } from '../engine.js';
import { joinWords } from '../format.js';
import { known, type ViewContext } from './context.js';

export function changesView({ facts, p }: ViewContext) {
  return {
    notify: joinWords(known(facts.changes.notify.map((n) => phrase(p.notify, n)))),
    direct: facts.changes.notify.some((n) => n !== 'date'),
  };
}

export function contactView({ facts }: ViewContext) {
  const { org } = facts;
  return { email: org.email, form: org.contactForm, phone: org.tollFree, address: org.address, dpo: org.hasDpo === true ? org.dpoEmail : undefined };
}
