// The policy's view-model: every list and yes/no the templates need, computed from PolicyFacts.
// A field is undefined (or a section null) when the answers do not support its clause.
import type { PolicyFacts, ServiceFacts } from '../facts/types.js';
import { isEeaOrUk } from '../facts/build-facts.js';
import { NOT_SURE } from '../questions/types.js';
import { loadVocabulary, labelOf } from '../vocabulary/load.js';
import { loadPhrases, phrase } from './engine.js';
import { countryName, formatDate, joinWords, listWords, lowerFirst, sentence, shortLabel, trimEndChar, upperFirst } from './format.js';
import { mailLink, markdownLink } from './markdown-escape.js';

/** Placeholder the contents list replaces; a user value can never produce it (braces are escaped). */
export const CONTENTS_MARKER = '{{contents}}';

/** A typed value without a trailing full stop, for use inside our own sentences. */
const bare = (text: string | undefined) => (text === undefined ? undefined : trimEndChar(text.trim(), '.'));
/** A DPO "name" that only repeats the role ("Data Protection Officer", "DPO"). */
const isRoleOnly = (name: string | undefined) => !!name && /^(the )?(data protection officer|dpo)$/i.test(name.trim());
const known = <T>(items: (T | undefined)[]): T[] => items.filter((x): x is T => x !== undefined);
const uniq = <T>(items: T[]): T[] => [...new Set(items)];
/** A select answer's id, or undefined when unanswered or "Not sure yet". */
const answerText = (value: unknown): string | undefined => (typeof value === 'string' && value !== NOT_SURE ? value : undefined);
/** A typed text answer without surrounding space or a trailing full stop, or undefined when empty or "Not sure yet". */
const typed = (value: unknown): string | undefined => bare(answerText(value)) || undefined;

/** How the California section describes opting out: the links shown, or GPC without links. */
function optOutMethod(method: string | undefined, gpc: PolicyFacts['cookies']['gpc']): 'links' | 'alternative-link' | 'frictionless' | undefined {
  if (method === 'frictionless') return gpc === 'honoured' ? 'frictionless' : undefined;
  return method === 'links' || method === 'alternative-link' ? method : undefined;
}

export function buildPolicyView(facts: PolicyFacts, lastUpdated: string) {
  const p = loadPhrases();
  const v = loadVocabulary();
  const applies = (law: keyof PolicyFacts['laws']) => facts.laws[law].applies === true;
  const gdpr = applies('gdpr');
  const ukGdpr = applies('uk-gdpr');
  const eeaOrUk = gdpr || ukGdpr;
  const { org } = facts;
  const product = facts.product.name ?? 'our service';

  const dataLabel = (id: string) => lowerFirst(shortLabel(labelOf(v.dataCategories, id)));
  const purposeLabel = (id: string) => lowerFirst(labelOf(v.purposes, id));
  const has = (list: string[], id: string) => list.includes(id);
  const sourcesOf = (ids: string[]) => joinWords(known(ids.map((s) => phrase(p.sources, s))));
  const neitherSellsNorShares = facts.sells === false && facts.shares === false;
  const sellsOrShares = facts.sells === true || facts.shares === true;
  const purposeIds = facts.purposes.map((x) => x.id);
  const marketingEmails = facts.marketing.emails !== undefined && facts.marketing.emails !== 'none';

  const methods = known(
    facts.rights.methods.map((kind) => {
      const value = { email: org.email, 'web-form': org.contactForm, phone: org.tollFree, post: bare(org.address), 'in-app': product }[kind];
      return value === undefined ? undefined : { kind, value };
    }),
  );

  const isOutside = (s: ServiceFacts) => !!s.location && !isEeaOrUk(s.location);
  // "none" claims the data stays in the EEA/UK: only print it when the location agrees.
  const safeguardOf = (s: ServiceFacts) => (s.safeguard === 'none' && isOutside(s) ? undefined : phrase(p.safeguards, s.safeguard));
  const retentionOf = (d: PolicyFacts['data'][number]) => ({ label: upperFirst(dataLabel(d.id)), retention: sentence(d.retention!) });

  const serviceRow = (s: ServiceFacts) => ({
    name: s.name,
    purposes: upperFirst(listWords(s.purposes.map(purposeLabel))) || '—',
    data: upperFirst(listWords(s.data.map(dataLabel))) || '—',
    location: s.location ? countryName(s.location) : '—',
    safeguard: safeguardOf(s) ?? '—',
    policy: s.policyUrl ? markdownLink('Privacy policy', s.policyUrl) : '—',
  });
  const byRole = (role: ServiceFacts['role']) => facts.services.filter((s) => s.role === role).map(serviceRow);
  const serviceGroups = [
    { kind: 'processor', rows: byRole('processor') },
    { kind: 'third-party', rows: byRole('third-party') },
    { kind: 'unknown', rows: byRole(undefined) },
  ].filter((g) => g.rows.length > 0);
  const processors = facts.services.filter((s) => s.role === 'processor');

  const serviceCountries = uniq(known(facts.services.map((s) => s.location?.trim().toUpperCase()))).sort();
  const outside = facts.services.filter(isOutside);
  const outsideRecipients = outside.map((s) => ({ name: s.name, country: countryName(s.location!), safeguard: safeguardOf(s) }));
  const usedSafeguards = uniq(known(outside.map((s) => s.safeguard))).filter((id) => id !== 'none');

  const anyConsent = facts.purposes.some((x) => x.basis === 'consent') || facts.cookies.consent === 'opt-in';
  const nonEssentialCookies = facts.cookies.kinds.some((k) => k !== 'essential');
  const cookieSetters = facts.services.filter((s) => s.setsCookies === true).map((s) => s.name);
  const crossSiteTrackers = facts.services.filter((s) => s.cookieKind === 'advertising' || s.sellingOrSharing === true).map((s) => s.name);
  const dnt = facts.cookies.dnt;
  const gpc = facts.cookies.gpc === 'not-applicable' && !neitherSellsNorShares ? undefined : facts.cookies.gpc;

  const aiServices = facts.services.filter((s) => s.purposes.includes('ai-features') || s.category === 'ai');
  const aiFeatures = has(purposeIds, 'ai-features');
  const training = facts.ai.training;
  const aiTrue = aiFeatures || facts.ai.automatedDecisions === true || facts.ai.profiling === true || (training !== undefined && training !== 'no');
  const connecticut = applies('us-states') && facts.usStates.includes('CT');
  const coppaThirdParties = typed(facts.answers['coppa.thirdParties']);
  const texasSells = facts.usStates.includes('TX') && facts.sells === true ? facts.answers['texas.sellsSensitive'] : undefined;

  const ccpaGroups = uniq(facts.data.map((d) => d.ccpaCategory)).map((name) => {
    const members = facts.data.filter((d) => d.ccpaCategory === name);
    const ids = members.map((d) => d.id);
    const receiving = facts.services.filter((s) => s.data.some((id) => ids.includes(id)));
    // Companies that use the data for themselves are where a sale or share happens, when there is one.
    const soldTo = sellsOrShares ? receiving.filter((s) => s.role === 'third-party' || s.sellingOrSharing === true) : [];
    const recipients = receiving.filter((s) => !soldTo.includes(s)).map((s) => s.name);
    return {
      name,
      examples: upperFirst(listWords(members.map((d) => dataLabel(d.id)))),
      sources: upperFirst(sourcesOf(uniq(members.flatMap((d) => d.sources)))),
      purposes: upperFirst(listWords(uniq(members.flatMap((d) => d.purposes)).map(purposeLabel))),
      recipients: joinWords(recipients),
      soldTo: joinWords(soldTo.map((s) => s.name)),
      retention: members.filter((d) => d.retention).map(retentionOf),
    };
  });
  const sensitiveAnswered = Array.isArray(facts.answers['data.sensitive']);
  const spi = facts.sensitive.filter((s) => s.cpraSpi);
  const preciseLocation = facts.data.some((d) => d.id === 'location-precise');

  const officer = org.hasDpo === true && (org.dpoName || org.dpoEmail) ? { name: isRoleOnly(org.dpoName) ? 'our Data Protection Officer' : (bare(org.dpoName) ?? 'our Data Protection Officer'), email: org.dpoEmail ?? org.email } : org.privacyOfficer ? { name: bare(org.privacyOfficer)!, email: org.email } : undefined;

  return {
    product,
    controller: org.legalName ?? org.tradingName,
    lastUpdated: formatDate(lastUpdated),
    effectiveDate: facts.effectiveDate ? formatDate(facts.effectiveDate) : undefined,
    contentsMarker: CONTENTS_MARKER,
    link: markdownLink,
    mail: mailLink,

    intro: {
      url: facts.product.url,
      apps: known(facts.product.platforms.map((x) => ({ ios: 'iOS', android: 'Android' } as Record<string, string>)[x])),
    },

    who: {
      legalName: org.legalName,
      tradingName: org.tradingName && org.tradingName !== org.legalName ? org.tradingName : undefined,
      address: bare(org.address),
      email: org.email,
      dpo: org.hasDpo === true && (org.dpoName || org.dpoEmail) ? { name: isRoleOnly(org.dpoName) ? undefined : bare(org.dpoName), email: org.dpoEmail } : undefined,
      euRepresentative: gdpr && !org.establishedInEea ? bare(org.euRepresentative) : undefined,
      ukRepresentative: ukGdpr && org.country !== 'GB' ? bare(org.ukRepresentative) : undefined,
      processor: facts.product.processorRole === true,
    },

    collect:
      facts.data.length === 0
        ? null
        : {
            items: facts.data.map((d) => ({
              label: labelOf(v.dataCategories, d.id),
              sources: sourcesOf(d.sources),
              required: d.required,
              ifMissing: d.ifMissing ? lowerFirst(sentence(d.ifMissing)) : undefined,
            })),
            otherSources:
              facts.data.some((d) => d.sources.includes('partners') || d.sources.includes('public')) && typeof facts.answers['data.otherSources'] === 'string' && facts.answers['data.otherSources'] !== NOT_SURE
                ? sentence(facts.answers['data.otherSources'])
                : undefined,
          },

    uses:
      facts.purposes.length === 0
        ? null
        : {
            showBasis: eeaOrUk || applies('lgpd'),
            items: facts.purposes.map((x) => ({
              label: x.label,
              data: listWords(facts.data.filter((d) => d.purposes.includes(x.id)).map((d) => dataLabel(d.id))),
              basis: phrase(p.bases, x.basis),
              consent: x.basis === 'consent',
              interest: x.interest ? lowerFirst(sentence(x.interest)) : undefined,
            })),
          },

    sensitive:
      facts.sensitive.length === 0
        ? null
        : {
            items: facts.sensitive.map((s) => ({
              label: s.label,
              purpose: s.purpose ? sentence(s.purpose) : undefined,
              condition: eeaOrUk && s.gdpr9 ? phrase(p.conditions, s.condition) : undefined,
              infers: applies('ccpa') || applies('us-states') ? s.infers : undefined,
            })),
          },

    cookies:
      facts.cookies.kinds.length === 0 && cookieSetters.length === 0 && !dnt && !gpc
        ? null
        : {
            kinds: known(facts.cookies.kinds.map((k) => phrase(p.cookieKinds, k))),
            consent: nonEssentialCookies && facts.cookies.consent !== 'none' ? facts.cookies.consent : undefined,
            setters: joinWords(cookieSetters),
            trackers: joinWords(crossSiteTrackers),
            dnt,
            gpc,
          },

    sharing: sharingView({
      groups: serviceGroups,
      showSafeguard: eeaOrUk,
      others: known(facts.otherRecipients.map((r) => phrase(p.otherRecipients, r))),
      allProcessorsSigned: processors.length > 0 && processors.every((s) => s.dpa === 'signed'),
      neitherSellsNorShares,
      sells: facts.sells === true,
      shares: facts.shares === true,
    }),

    transfers:
      !facts.transfers.storage && serviceCountries.length === 0
        ? null
        : {
            storage: bare(facts.transfers.storage),
            countries: joinWords(serviceCountries.map(countryName)),
            eea: eeaOrUk && outsideRecipients.length > 0 ? { recipients: outsideRecipients, safeguards: known(usedSafeguards.map((id) => (p.safeguards[id] && p.safeguardDetails[id] ? { label: p.safeguards[id], detail: p.safeguardDetails[id] } : undefined))), copyHow: facts.transfers.copyHow ? sentence(facts.transfers.copyHow) : undefined } : null,
            foreignLaw: applies('pipeda') || applies('quebec') || applies('australia') || applies('lgpd'),
          },

    retention: facts.data.some((d) => d.retention)
      ? { items: facts.data.filter((d) => d.retention).map(retentionOf) }
      : null,

    security:
      facts.security.measures.length === 0
        ? null
        : { measures: known(facts.security.measures.map((m) => phrase(p.security, m))), breachPlan: facts.security.breachProcess === 'written' },

    rights: {
      methods,
      responseTime: phrase(p.responseTime, facts.rights.responseTime),
      gdprExtension: eeaOrUk,
      verification: facts.rights.verification ? sentence(facts.rights.verification) : undefined,
      agents: facts.rights.agents === true,
      anyConsent,
      deletion: facts.product.accounts === true ? joinWords(known(facts.product.deletion.map((d) => phrase(p.deletion, d))), 'or') : '',
      complaints: facts.rights.complaints === true,
      email: org.email,
    },

    objection:
      (eeaOrUk || applies('lgpd')) && (facts.purposes.some((x) => x.basis === 'legitimate-interests' || x.basis === 'public-task') || marketingEmails || has(purposeIds, 'marketing'))
        ? { interests: facts.purposes.some((x) => x.basis === 'legitimate-interests' || x.basis === 'public-task'), marketing: marketingEmails || has(purposeIds, 'marketing') }
        : null,

    ai:
      aiTrue || connecticut
        ? {
            features: aiFeatures ? { services: joinWords(aiServices.map((s) => s.name)), data: listWords(uniq(aiServices.flatMap((s) => s.data)).map(dataLabel)) } : null,
            automated: facts.ai.automatedDecisions,
            logic: facts.ai.logic ? sentence(facts.ai.logic) : undefined,
            profiling: facts.ai.profiling,
            training,
          }
        : null,

    marketing:
      facts.marketing.emails === undefined
        ? null
        : {
            sends: marketingEmails,
            audience: facts.marketing.emails,
            optOut: joinWords(known(facts.marketing.optOut.map((o) => phrase(p.optOut, o))), 'or'),
            serviceMessages: has(purposeIds, 'service-emails'),
          },

    children:
      (facts.children.audience === 'no' || facts.children.audience === 'teens') && facts.children.minimumAge !== undefined
        ? { minimumAge: facts.children.minimumAge }
        : null,

    coppa: applies('coppa')
      ? {
          data: listWords(facts.data.map((d) => dataLabel(d.id))),
          // Service providers work only for us; third parties (below) use the data for themselves.
          providers: joinWords(processors.map((s) => s.name)),
          disclosure: answerText(facts.answers['coppa.thirdPartyDisclosure']),
          thirdParties: coppaThirdParties ? sentence(upperFirst(coppaThirdParties)) : undefined,
          publicPosting: typeof facts.answers['coppa.publicPosting'] === 'boolean' ? facts.answers['coppa.publicPosting'] : undefined,
          consent: phrase(p.consentMethods, answerText(facts.answers['coppa.consentMethod'])),
          contact: { name: org.legalName ?? product, address: bare(org.address), phone: typed(facts.answers['coppa.phone']), email: org.email },
        }
      : null,

    eea: eeaOrUk
      ? {
          gdpr,
          uk: ukGdpr,
          euRepresentative: gdpr && !org.establishedInEea ? bare(org.euRepresentative) : undefined,
          ukRepresentative: ukGdpr && org.country !== 'GB' ? bare(org.ukRepresentative) : undefined,
          authority: bare(org.supervisoryAuthority),
          transfers: outsideRecipients.length > 0,
          automated: facts.ai.automatedDecisions === true,
        }
      : null,

    california: applies('ccpa')
      ? {
          categories: ccpaGroups,
          neitherSellsNorShares,
          sells: facts.sells === true,
          shares: facts.shares === true,
          under16: neitherSellsNorShares || facts.children.knowsUnder16 === false,
          spiLimited: sensitiveAnswered && !preciseLocation && spi.every((s) => s.infers === false),
          limit: spi.some((s) => s.infers === true),
          gpc,
          noIncentive: facts.financialIncentive === false,
          incentiveNotice: facts.financialIncentive === true ? answerText(facts.answers['ccpa.incentiveNotice']) : undefined,
          // Frictionless GPC (11 CCR §7025(f)) is only claimed when GPC is honoured too.
          optOut: sellsOrShares ? optOutMethod(answerText(facts.answers['ccpa.optOutMethod']), gpc) : undefined,
          last12Months: facts.answers['ccpa.sameLast12Months'] === true,
          tollFree: org.tollFree,
        }
      : null,

    usStates: applies('us-states')
      ? {
          states: joinWords(known(facts.usStates.map((s) => phrase(p.states, s)))),
          appeals: facts.rights.appeals ? sentence(facts.rights.appeals) : undefined,
          neitherSellsNorShares,
          sells: facts.sells === true,
          shares: facts.shares === true,
          profiling: facts.ai.profiling,
          // Tex. Bus. & Com. Code §541.102(b)-(c): what the seller says it sells, not everything it collects.
          texasSensitive: texasSells === 'sensitive' || texasSells === 'both',
          texasBiometric: texasSells === 'biometric' || texasSells === 'both',
          connecticut,
        }
      : null,

    brazil: applies('lgpd') ? { officer } : null,
    canada: applies('pipeda') || applies('quebec') ? { officer, address: bare(org.address), quebec: applies('quebec') } : null,
    australia: applies('australia') ? { countries: joinWords(serviceCountries.map(countryName)) } : null,
    india: applies('dpdp') ? { officer } : null,

    changes: {
      notify: joinWords(known(facts.changes.notify.map((n) => phrase(p.notify, n)))),
      direct: facts.changes.notify.some((n) => n !== 'date'),
    },

    contact: {
      email: org.email,
      form: org.contactForm,
      phone: org.tollFree,
      address: org.address,
      dpo: org.hasDpo === true ? org.dpoEmail : undefined,
    },
  };
}

export type PolicyView = ReturnType<typeof buildPolicyView>;

/** The sharing section, or null when the answers give it nothing true to say (no heading without text). */
function sharingView<T extends { groups: unknown[]; others: unknown[]; neitherSellsNorShares: boolean; sells: boolean; shares: boolean }>(view: T): T | null {
  const empty = view.groups.length === 0 && view.others.length === 0 && !view.neitherSellsNorShares && !view.sells && !view.shares;
  return empty ? null : view;
}
