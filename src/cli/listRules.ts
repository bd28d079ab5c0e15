import type { LearningRule } from '../rules/LearningRule.js';
import { ruleRegistry } from '../rules/ruleRegistry.js';
import { toJson } from '../io/toJson.js';

/** A parameter's range and whether a case must give it, in one phrase: `rho in [0, 1], required`. */
function parameterText(rule: LearningRule): string {
  if (rule.parameters.length === 0) return 'no parameters';
  return rule.parameters
    .map((p) => {
      const range = p.max === Number.MAX_VALUE ? `>= ${p.min}` : `in [${p.min}, ${p.max}]`;
      const eta = p.belowInverseEta ? ', eta lambda < 1' : '';
      return `${p.name} ${range}${eta}, ${p.required ? 'required' : `default ${p.default}`}`;
    })
    .join('; ');
}

/**
 * `fa-verify list --rules`: the learning rules of the registry, one per line (name, update rule,
 * parameters), or with `--json` as `[{name, summary, needsFeedback, allowsZeroInit, parameters}]`.
 * Pure but for `out`.
 * @internal
 */
export function listRules(json: boolean, out: (s: string) => void): number {
  const rules = Object.values(ruleRegistry);
  if (json) {
    const entries = rules.map((r) => ({
      name: r.name,
      summary: r.summary,
      needsFeedback: r.needsFeedback,
      allowsZeroInit: r.allowsZeroInit,
      parameters: r.parameters.map((p) => ({
        name: p.name,
        min: p.min,
        ...(p.max === Number.MAX_VALUE ? {} : { max: p.max }),
        required: p.required,
        default: p.default,
        meaning: p.meaning,
      })),
    }));
    out(`${toJson(entries)}\n`);
  } else {
    for (const r of rules) out(`${r.name.padEnd(6)} ${r.summary}\n       ${parameterText(r)}\n`);
  }
  return 0;
}
