import type { Obligation, Rule } from '../types.js';

export const ukRules: Rule[] = [];

export const ukObligations: Obligation[] = [];
