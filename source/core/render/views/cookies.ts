// "Cookies and tracking": the kinds of cookies, consent, and browser signals.
import { phrase } from '../engine.js';
import { joinWords } from '../format.js';
import { known, type ViewContext } from './context.js';

export function cookiesView(c: ViewContext) {
  const { facts, p, applies } = c;
  // GPC is an opt-out of sale and sharing under the CCPA (11 CCR §7025) and the state laws' universal
  // opt-out (e.g. 4 CCR 904-3 Rule 5): said only where one of them applies.
  const gpc = applies('ccpa') || applies('us-states') ? c.gpc : undefined;
  const nonEssential = facts.cookies.kinds.some((k) => k !== 'essential');
  const setters = facts.services.filter((s) => s.setsCookies === true).map((s) => s.name);
  const trackers = facts.services.filter((s) => s.cookieKind === 'advertising' || s.sellingOrSharing === true).map((s) => s.name);
  // Do Not Track is CalOPPA's disclosure (Cal. Bus. & Prof. Code §22575(b)(5)): said only where it applies.
  const dnt = applies('caloppa') ? facts.cookies.dnt : undefined;
  // On iOS, tracking needs the user's permission first (App Tracking Transparency; App Review
  // Guideline 5.1.2(i)), whatever the website's cookie banner does.
  const trackingServices = facts.services.filter((s) => s.cookieKind === 'advertising' || s.sellingOrSharing === true || s.category === 'advertising');
  const att = facts.product.platforms.includes('ios') && trackingServices.length > 0 ? { services: joinWords(trackingServices.map((s) => s.name)) } : null;
  if (facts.cookies.kinds.length === 0 && setters.length === 0 && !dnt && !gpc && !att) return null;
  return {
    kinds: known(facts.cookies.kinds.map((k) => phrase(p.cookieKinds, k))),
    consent: nonEssential && facts.cookies.consent !== 'none' ? facts.cookies.consent : undefined,
    setters: joinWords(setters),
    trackers: joinWords(trackers),
    dnt,
    gpc,
    att,
  };
}
