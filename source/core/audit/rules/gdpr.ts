import type { Obligation, Rule } from '../types.js';

export const gdprRules: Rule[] = [];

export const gdprObligations: Obligation[] = [];
