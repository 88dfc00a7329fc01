// Retention answers that set no deletion timeframe (COPPA 16 CFR §312.10 forbids them for children's data).

const INDEFINITE = /\b(indefinite(ly)?|forever|permanent(ly)?|no (time )?limit|never delete)/i;
/** Kept until someone acts (a parent deletes, the account closes): no deletion timeframe of its own. */
const UNTIL_ACTION = /\b(until|till|unless|as long as|while)\b[^.;]*\b(delet\w*|remov\w*|clos\w*|cancel\w*|open|exists?|active|ask\w*|request\w*)\b/i;
/** A bound that ends retention even if nobody acts. */
const BOUNDED = /\b(inactiv\w*|at most|no longer than|up to|maximum|whichever is (sooner|earlier))\b/i;

/** Retention text that keeps data with no deletion timeframe (16 CFR §312.10). */
export const isIndefinite = (retention: string): boolean => INDEFINITE.test(retention) || (UNTIL_ACTION.test(retention) && !BOUNDED.test(retention));
