import { fa } from './fa.js';
import { gd } from './gd.js';
import { kp } from './kp.js';
import type { LearningRule } from './LearningRule.js';
import { mixed } from './mixed.js';
import { sign } from './sign.js';

/**
 * Every learning rule the suite knows, by name. A new rule is a new file and one line here.
 * (FA* of Garg & Vempala is not defined in the seed text and is deliberately absent.)
 * @public
 */
export const ruleRegistry: Readonly<Record<string, LearningRule>> = Object.freeze({
  [gd.name]: gd,
  [fa.name]: fa,
  [kp.name]: kp,
  [sign.name]: sign,
  [mixed.name]: mixed,
});

/** The registered rule names, in registry order. @public */
export const ruleNames: readonly string[] = Object.freeze(Object.keys(ruleRegistry));
