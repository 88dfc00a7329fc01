// The registry of audit rules and checklist obligations, one file per law.
import { gdprObligations, gdprRules } from './gdpr.js';
import { ukObligations, ukRules } from './uk.js';
import { eprivacyObligations, eprivacyRules } from './eprivacy.js';
import { ccpaObligations, ccpaRules } from './ccpa.js';
import { cppaRegsObligations, cppaRegsRules } from './cppa-regs.js';
import { caloppaObligations, caloppaRules } from './caloppa.js';
import { coppaObligations, coppaRules } from './coppa.js';
import { usStatesObligations, usStatesRules } from './us-states.js';
import { lgpdObligations, lgpdRules } from './lgpd.js';
import { canadaObligations, canadaRules } from './canada.js';
import { australiaObligations, australiaRules } from './australia.js';
import { indiaObligations, indiaRules } from './india.js';
import { japanObligations, japanRules } from './japan.js';
import { appStoresObligations, appStoresRules } from './app-stores.js';
import { consistencyObligations, consistencyRules } from './consistency.js';
import { gdprNoticeObligations, gdprNoticeRules } from './gdpr-notices.js';
import { googleApiObligations, googleApiRules } from './google-api.js';
import type { Obligation, Rule } from '../types.js';

export const rules: Rule[] = [
  ...gdprRules,
  ...gdprNoticeRules,
  ...ukRules,
  ...eprivacyRules,
  ...ccpaRules,
  ...cppaRegsRules,
  ...caloppaRules,
  ...coppaRules,
  ...usStatesRules,
  ...lgpdRules,
  ...canadaRules,
  ...australiaRules,
  ...indiaRules,
  ...japanRules,
  ...appStoresRules,
  ...googleApiRules,
  ...consistencyRules,
];

export const obligations: Obligation[] = [
  ...gdprObligations,
  ...gdprNoticeObligations,
  ...ukObligations,
  ...eprivacyObligations,
  ...ccpaObligations,
  ...cppaRegsObligations,
  ...caloppaObligations,
  ...coppaObligations,
  ...usStatesObligations,
  ...lgpdObligations,
  ...canadaObligations,
  ...australiaObligations,
  ...indiaObligations,
  ...japanObligations,
  ...appStoresObligations,
  ...googleApiObligations,
  ...consistencyObligations,
];
