import type { Obligation, Rule } from '../types.js';

export const usStatesRules: Rule[] = [];

export const usStatesObligations: Obligation[] = [];
