import { fa } from './fa.js';
import { gd } from './gd.js';
import type { LearningRule } from './LearningRule.js';

/**
 * Every learning rule the suite knows, by name. A new rule is a new file and one line here.
 * (FA* of Garg & Vempala is not defined in the seed text and is deliberately absent.)
 * @public
 */
export const ruleRegistry: Readonly<Record<string, LearningRule>> = Object.freeze({
  [gd.name]: gd,
  [fa.name]: fa,
});

/** The registered rule names, in registry order. @public */
export const ruleNames: readonly string[] = Object.freeze(Object.keys(ruleRegistry));
