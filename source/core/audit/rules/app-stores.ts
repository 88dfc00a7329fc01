import type { Obligation, Rule } from '../types.js';

export const appStoresRules: Rule[] = [];

export const appStoresObligations: Obligation[] = [];
