import type { Obligation, Rule } from '../types.js';

export const eprivacyRules: Rule[] = [];

export const eprivacyObligations: Obligation[] = [];
