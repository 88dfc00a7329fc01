import type { Obligation, Rule } from '../types.js';

export const indiaRules: Rule[] = [];

export const indiaObligations: Obligation[] = [];
