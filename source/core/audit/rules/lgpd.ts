import type { Obligation, Rule } from '../types.js';

export const lgpdRules: Rule[] = [];

export const lgpdObligations: Obligation[] = [];
