// What the answers leave open for the store forms: each becomes a "Not sure yet" line in
// app-store-privacy.md and a checklist task, while the plist and CSV carry the conservative value.
import type { PolicyFacts } from '../facts/types.js';
import { purposeLabelOf, shortLabelOf } from './labels.js';
import { deletionUrl, encryptedInTransit, storeDeclarations, type Declaration } from './declarations.js';

export interface OpenQuestion {
  /** stable checklist id */
  id: string;
  store: 'apple' | 'google' | 'both';
  /** the answer (question id) that settles it, when there is one */
  question?: string;
  text: string;
}

const names = (ds: Declaration[], facts: PolicyFacts) => ds.map((d) => shortLabelOf(d, facts)).join(', ');

export function openStoreQuestions(facts: PolicyFacts, decls: Declaration[] = storeDeclarations(facts)): OpenQuestion[] {
  const apple = facts.laws.apple.applies === true;
  const google = facts.laws['google-play'].applies === true;
  if (!apple && !google) return [];
  const out: OpenQuestion[] = [];
  const both = apple && google ? 'both' : apple ? 'apple' : 'google';

  const broad = decls.filter((d) => d.broad);
  if (broad.length > 0)
    out.push({ id: 'store-labels-which-types', store: both, question: 'data.details', text: `Not sure yet — answer which items you collect for ${names(broad, facts)} (the "items" of each data category). Each covers several store data types, so every one of them is declared; untick those you do not collect.` });

  const linked = decls.filter((d) => d.linked === 'unsure');
  if (apple && linked.length > 0)
    out.push({ id: 'app-privacy-linked', store: 'apple', text: `Not sure yet — answer whether you keep ${names(linked, facts)} tied to a person's account or device, or strip identifiers before storing them. Apple counts data as linked to the user unless it is de-identified first, so the App Privacy answers and the privacy manifest say "linked".` });

  const tracking = decls.filter((d) => d.tracking === 'unsure');
  if (apple && tracking.length > 0)
    out.push({ id: 'app-privacy-tracking', store: 'apple', question: 'services.details', text: `Not sure yet — answer whether ${names(tracking, facts)}, used for advertising, are combined with other companies' data or shared with data brokers. No advertising SDK in the answers receives them, so this is open; the files say "used for tracking" until you decide.` });

  if (apple && decls.some((d) => d.appleTypes.includes('NSPrivacyCollectedDataTypePaymentInfo')))
    out.push({ id: 'app-privacy-payment-info', store: 'apple', text: 'Check Payment Info: if people pay only through Apple\'s in-app purchase or a payment provider\'s own payment screen, you never receive the card or bank details and Apple says not to declare them.' });

  const sensitive = decls.filter((d) => d.kind === 'sensitive');
  if (sensitive.length > 0)
    out.push({ id: 'store-labels-sensitive-purposes', store: both, question: 'data.sensitive', text: `Check the purposes declared for ${names(sensitive, facts)}: the answers describe them in words only, so the files say App Functionality.` });

  if (google) {
    const required = decls.filter((d) => d.required === 'unsure');
    if (required.length > 0)
      out.push({ id: 'data-safety-required', store: 'google', question: 'data.details', text: `Not sure yet — answer whether users must give ${names(required, facts)} or can choose not to. The Data safety file says "required" until you do.` });
    const unknownRole = [...new Set(decls.flatMap((d) => d.unknownRole))];
    if (unknownRole.length > 0)
      out.push({ id: 'data-safety-shared', store: 'google', question: 'services.details', text: `Not sure yet — answer whether ${unknownRole.join(', ')} only process data on your instructions (their role). Until then the Data safety file counts the data they receive as shared.` });
    const unmapped = [...new Set(decls.flatMap((d) => d.unmappedGoogle))];
    for (const p of unmapped)
      out.push({ id: `data-safety-purpose-${p}`, store: 'google', text: `Google's Data safety form has no purpose for "${purposeLabelOf(p, facts)}"; the CSV declares only the other purposes. Check with counsel whether one of Google's purposes covers it.` });
    if (encryptedInTransit(facts) !== true)
      out.push({ id: 'data-safety-encryption', store: 'google', question: 'security.measures', text: 'Not sure yet — answer whether all data the app sends is encrypted in transit (HTTPS/TLS). The Data safety file leaves that question blank.' });
    if (facts.product.accounts === true) {
      out.push({ id: 'data-safety-account-methods', store: 'google', text: 'In the Play Console, pick how users create accounts (username and password, OAuth, ...): the answers do not say, so the Data safety file leaves it blank.' });
      if (!deletionUrl(facts))
        out.push({ id: 'data-safety-deletion-url', store: 'google', question: 'product.deletionUrl', text: 'Not sure yet — answer the web address where users ask to delete their account and its data (offer such a page first, under "How can users delete their account"). The Data safety file leaves it blank until then.' });
    }
  }
  return out;
}
