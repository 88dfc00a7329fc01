import type { Obligation, Rule } from '../types.js';

export const consistencyRules: Rule[] = [];

export const consistencyObligations: Obligation[] = [];
