import type { Obligation, Rule } from '../types.js';

export const australiaRules: Rule[] = [];

export const australiaObligations: Obligation[] = [];
