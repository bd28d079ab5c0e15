import type { LearningRule } from '../rules/LearningRule.js';

/** What the barrel audit found. @internal */
export interface BarrelAudit {
  /** Registry entries the barrel does not export under their own name (failures). */
  readonly missing: readonly string[];
  readonly pass: boolean;
}

/**
 * Checks that the public barrel names everything the rule registry has: the registry itself as
 * `ruleRegistry`, and every rule under its registered name (the same object, not a copy). Pure.
 * @internal
 */
export function checkBarrel(
  barrel: Readonly<Record<string, unknown>>,
  registry: Readonly<Record<string, LearningRule>>,
): BarrelAudit {
  const missing: string[] = [];
  if (barrel.ruleRegistry !== registry) missing.push('ruleRegistry');
  for (const [name, rule] of Object.entries(registry)) if (barrel[name] !== rule) missing.push(name);
  return { missing, pass: missing.length === 0 };
}
