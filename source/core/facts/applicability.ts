import type { Applicability, LawId, PolicyFacts } from './types.js';

type Input = Pick<PolicyFacts, 'regions' | 'org' | 'product' | 'children' | 'cookies' | 'sensitive' | 'data'> & {
  ccpaThresholds: string[] | 'unsure' | undefined;
  usStateVolume?: string;
  smallBusiness: boolean | 'unsure' | undefined;
  australiaCovered: boolean | 'unsure' | undefined;
};

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

  const usStates: string[] = [];
  if (has('us-other')) {
    const v = f.usStateVolume;
    const sensitive = f.sensitive.length > 0 || f.data.some((d) => d.id === 'location-precise');
    if (v === 'over-100k') usStates.push('VA', 'CO', 'OR');
    if (v === 'over-100k' && Array.isArray(f.ccpaThresholds) && f.ccpaThresholds.includes('revenue')) usStates.push('UT');
    if (v === 'over-100k' || v === '35k-100k' || sensitive) usStates.push('CT');
    if (f.smallBusiness === false) usStates.push('TX');
    if (usStates.length > 0)
      laws['us-states'] = yes(`US state privacy laws apply (${usStates.join(', ')}): ${stateReason(v, sensitive, f.smallBusiness === false)}.`);
    else if (v === undefined || v === 'not-sure' || f.smallBusiness === 'unsure' || f.smallBusiness === undefined)
      laws['us-states'] = unknown('Other US state laws may apply: say how many residents of your largest state you serve and whether you are an SBA small business.');
    else laws['us-states'] = no('Other US state laws do not apply: you are below their thresholds and an SBA small business.');
  } else laws['us-states'] = no('Other US state laws do not apply: you have no users in other US states.');

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
  return { laws, usStates };
}

function stateReason(volume: string | undefined, sensitive: boolean, notSmall: boolean): string {
  const parts: string[] = [];
  if (volume === 'over-100k') parts.push('you handle data of 100,000+ residents of a state');
  else if (volume === '35k-100k') parts.push('you handle data of 35,000+ residents of a state (Connecticut from 1 July 2026)');
  if (sensitive) parts.push('you process sensitive data (Connecticut from 1 July 2026)');
  if (notSmall) parts.push('you are not an SBA small business (Texas)');
  return parts.join('; ');
}
