import type { Obligation, Rule } from '../types.js';

export const ccpaRules: Rule[] = [];

export const ccpaObligations: Obligation[] = [];
