import type { Applicability, LawId, PolicyFacts } from './types.js';
import { STATE_LAWS, stateApplies, stateLaw } from './us-state-laws.js';

type Input = Pick<PolicyFacts, 'regions' | 'org' | 'product' | 'children' | 'cookies' | 'sensitive' | 'data'> & {
  ccpaThresholds: string[] | 'unsure' | undefined;
  /** audience.usStates: state codes, or 'unsure' / undefined */
  usStateCodes?: string[] | 'unsure';
  /** audience.usStateVolumes: band per state code */
  usStateVolumes?: Record<string, string | undefined>;
  /** usStates.saleShare band; 'none' when the business does not sell */
  saleShare?: string;
  revenueOver25m: boolean | 'unsure' | undefined;
  sells: boolean | 'unsure' | undefined;
  today: string;
  smallBusiness: boolean | 'unsure' | undefined;
  australiaCovered: boolean | 'unsure' | undefined;
  /** audience.regions answered "Not sure yet": a law that turns on where users are is unknown, not "no" */
  regionsUnsure?: boolean;
};

/** Laws that apply because of where the users are. */
const REGION_LAWS: LawId[] = ['gdpr', 'uk-gdpr', 'eprivacy', 'pecr', 'ccpa', 'caloppa', 'us-states', 'lgpd', 'pipeda', 'quebec', 'australia', 'dpdp', 'appi'];

const yes = (reason: string): Applicability => ({ applies: true, reason });
const no = (reason: string): Applicability => ({ applies: false, reason });
const unknown = (reason: string): Applicability => ({ applies: 'unknown', reason });

/** Decides which laws apply, with the reasoning the audit shows. */
export function decideApplicability(f: Input): { laws: Record<LawId, Applicability>; usStates: string[] } {
  const has = (region: string) => f.regions.includes(region);
  const usesDeviceStorage = f.product.kinds.some((k) => ['website', 'webapp', 'mobile', 'extension', 'desktop'].includes(k));
  const laws = {} as Record<LawId, Applicability>;

  laws.gdpr = f.org.establishedInEea
    ? yes('GDPR applies: your organisation is established in the EEA (Art. 3(1)).')
    : has('eea')
      ? yes('GDPR applies: you offer the product to people in the EEA (Art. 3(2)).')
      : no('GDPR does not apply: no users in the EEA and no establishment there.');
  laws['uk-gdpr'] =
    f.org.country === 'GB'
      ? yes('UK GDPR applies: your organisation is established in the UK.')
      : has('uk')
        ? yes('UK GDPR applies: you offer the product to people in the UK (Art. 3(2)).')
        : no('UK GDPR does not apply: no users in the UK.');
  laws.eprivacy =
    laws.gdpr.applies === true && usesDeviceStorage
      ? yes('EU cookie rules (ePrivacy Art. 5(3)) apply: your product runs on EEA users\' devices.')
      : no('EU cookie rules do not apply: the GDPR does not, or nothing runs on users\' devices.');
  laws.pecr =
    laws['uk-gdpr'].applies === true && usesDeviceStorage
      ? yes('PECR applies: your product runs on UK users\' devices (reg. 6) or sends them electronic marketing.')
      : no('PECR does not apply: no UK users, or nothing runs on their devices.');

  if (!has('california')) laws.ccpa = no('CCPA does not apply: you have no users in California.');
  else if (f.ccpaThresholds === 'unsure' || f.ccpaThresholds === undefined)
    laws.ccpa = unknown('CCPA may apply: you have California users but have not said whether you meet its thresholds.');
  else if (f.ccpaThresholds.length > 0) {
    const why: Record<string, string> = {
      revenue: 'annual revenue over $26,625,000',
      volume: 'that you buy, sell or share the personal information of 100,000+ California consumers or households a year',
      'selling-revenue': '50% or more of revenue from selling or sharing personal data',
    };
    laws.ccpa = yes(`CCPA applies: you answered ${f.ccpaThresholds.map((t) => why[t] ?? t).join(' and ')} (Cal. Civ. Code §1798.140(d)).`);
  } else laws.ccpa = no('CCPA does not apply: you have California users but meet none of its thresholds (§1798.140(d)).');

  laws.caloppa = has('california')
    ? yes('CalOPPA applies: you collect personal information from California residents online; it has no size threshold.')
    : no('CalOPPA does not apply: you have no users in California.');

  if (f.children.audience === 'children' || f.children.audience === 'mixed')
    laws.coppa = yes(`COPPA applies: the product is ${f.children.audience === 'mixed' ? 'a mixed-audience service with children under 13 among its audiences' : 'directed to children under 13'} (16 CFR §312.2).`);
  else if (f.children.audience === undefined) laws.coppa = unknown('COPPA may apply: you have not said whether the product is aimed at children.');
  else laws.coppa = no('COPPA does not apply: the product is not directed to children under 13.');

  const us = decideUsStates(f);
  const usStates = us.applies;
  laws['us-states'] = us.decision;

  laws.lgpd = has('brazil') ? yes('LGPD applies: you process data of people in Brazil (Art. 3).') : no('LGPD does not apply: no users in Brazil.');
  laws.pipeda =
    has('canada') || has('quebec')
      ? yes('PIPEDA applies: you collect personal information in the course of commercial activity from people in Canada.')
      : no('PIPEDA does not apply: no users in Canada.');
  laws.quebec = has('quebec') ? yes('Québec\'s Law 25 applies: you handle personal information of people in Québec.') : no('Québec\'s Law 25 does not apply: no users in Québec.');
  if (!has('australia')) laws.australia = no('The Australian Privacy Act does not apply: no users in Australia.');
  else if (f.australiaCovered === true)
    laws.australia = yes('The Australian Privacy Principles apply: you carry on business in Australia and are above the A$3M turnover threshold or otherwise covered (ss.6C–6E).');
  else if (f.australiaCovered === false)
    laws.australia = no('The Australian Privacy Principles do not bind you: you are a small business operator (turnover under A$3M) that does not trade in personal information.');
  else laws.australia = unknown('The Australian Privacy Act may apply: say whether your turnover is over A$3M.');
  laws.dpdp = has('india') ? yes('India\'s DPDP Act applies: you offer the product to people in India (s.3(b)).') : no('India\'s DPDP Act does not apply: no users in India.');
  laws.appi = has('japan') ? yes('Japan\'s APPI applies: you handle personal information of people in Japan.') : no('Japan\'s APPI does not apply: no users in Japan.');
  const mobile = f.product.kinds.includes('mobile');
  laws.apple = mobile && f.product.platforms.includes('ios') ? yes('App Store Review Guidelines 5.1 apply: the app is on the Apple App Store.') : no('Apple\'s rules do not apply: no iOS app.');
  laws['google-play'] = mobile && f.product.platforms.includes('android') ? yes('Google Play\'s User Data policy applies: the app is on Google Play.') : no('Google Play\'s rules do not apply: no Android app.');
  if (f.regionsUnsure) {
    // "no users in the UK" would be a claim nobody made.
    for (const law of REGION_LAWS) {
      const decided = laws[law];
      if (decided.applies !== false) continue;
      const name = decided.reason.split(/ do(?:es)? not apply/)[0] ?? law;
      laws[law] = unknown(`${name} may apply: you answered "Not sure yet" to where your users are.`);
    }
  }
  return { laws, usStates };
}

const known = (v: boolean | 'unsure' | undefined): boolean | undefined => (typeof v === 'boolean' ? v : undefined);

/** The state laws of STATE_LAWS that cover the business, and the reasoning shown to the user. */
function decideUsStates(f: Input): { applies: string[]; decision: Applicability } {
  if (!f.regions.includes('us-other')) return { applies: [], decision: no('Other US state laws do not apply: you have no users in other US states.') };
  if (!Array.isArray(f.usStateCodes))
    return { applies: [], decision: unknown('Other US state laws may apply: say which states your users live in, and how many residents of each you serve.') };
  if (f.usStateCodes.length === 0)
    return { applies: [], decision: no('Other US state laws do not apply: you said none of your users live in a state with a comprehensive privacy law.') };
  const input = {
    saleShare: f.sells === false ? 'none' : f.saleShare,
    revenueOver25m: Array.isArray(f.ccpaThresholds) && f.ccpaThresholds.includes('revenue') ? true : known(f.revenueOver25m),
    smallBusiness: known(f.smallBusiness),
    // A known child's data is sensitive data under the state laws (e.g. Conn. Gen. Stat. §42-515).
    sensitive: f.sensitive.length > 0 || f.data.some((d) => d.id === 'location-precise') || f.children.audience === 'children' || f.children.audience === 'mixed',
    sells: known(f.sells),
    today: f.today,
  };
  const applies: string[] = [];
  const open: string[] = [];
  for (const law of STATE_LAWS) {
    if (!f.usStateCodes.includes(law.code) || law.effective > f.today) continue;
    const result = stateApplies(law, { ...input, band: f.usStateVolumes?.[law.code] });
    if (result === true) applies.push(law.code);
    else if (result === undefined) open.push(law.name);
  }
  const names = (codes: string[]) => codes.map((c) => stateLaw(c)!.name).join(', ');
  if (applies.length > 0)
    return {
      applies,
      decision: yes(`US state privacy laws apply in ${names(applies)}: your answers meet their thresholds${open.length > 0 ? `; still open for ${open.join(', ')}` : ''}.`),
    };
  if (open.length > 0)
    return { applies, decision: unknown(`US state privacy laws may apply in ${open.join(', ')}: answer the number of residents, the revenue share from selling data, and the small-business and revenue questions.`) };
  return { applies, decision: no('Other US state laws do not apply: you are below the thresholds of every state you named.') };
}
