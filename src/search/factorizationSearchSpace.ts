import type { SearchSpace } from '../claim/Claim.js';
import type { FactorizationCase } from '../generate/FactorizationCase.js';
import type { FactorizationCaseConstraints } from '../generate/factorizationCaseArbitrary.js';
import { buildFactorizationCase, type FactorizationParts } from '../generate/buildFactorizationCase.js';
import { factorizationSettings } from '../generate/factorizationSettings.js';
import { GRID_PART_LIMIT } from '../generate/gaussianGridArbitrary.js';
import { gaussianSampler } from '../random/gaussianSampler.js';

const pick = <X>(options: readonly X[], random: () => number): X =>
  options[Math.min(options.length - 1, Math.floor(random() * options.length))];
const integer = (max: number, random: () => number): number =>
  Math.min(max, Math.floor(random() * (max + 1)));
const clamp = (x: number, max: number): number => Math.max(0, Math.min(max, x));

/**
 * The targeted search's space over the parts of {@link factorizationCaseArbitrary}'s instances, under
 * the same constraints: `build` is the arbitrary's own builder, so every input the search reaches is
 * one the generator could make and satisfies the hypotheses it builds in. A draw takes every part at
 * random (integers uniformly, grids standard Gaussian); a perturbation of step `t` moves each grid
 * entry to `sqrt(1 - t^2) x + t g` (so grids stay standard Gaussian in law), the condition level by
 * about `200 t`, and, each with probability `t / 2`, an integer part by one and a discrete part to a
 * new draw. Pure: every draw comes from the `random` given. For a claim of one's own over
 * factorization instances: `target: { space: (maxSize) => factorizationSearchSpace({ ..., maxSide: maxSize }) }`.
 * @public
 */
export function factorizationSearchSpace(
  constraints: FactorizationCaseConstraints = {},
): SearchSpace<FactorizationParts, FactorizationCase> {
  const settings = factorizationSettings(constraints);
  const { maxSide, minSide, top } = settings;
  const area = maxSide * maxSide;
  const ties = maxSide > GRID_PART_LIMIT;
  const bounds = { rRaw: top - 1, kRaw: top - 1, nRaw: maxSide - minSide, mRaw: maxSide - minSide };
  const grid = (normal: () => number): number[] => Array.from({ length: area }, normal);
  const moved = (g: readonly number[] | null, normal: () => number, t: number): number[] | null => {
    if (g === null) return null;
    const keep = Math.sqrt(1 - t * t);
    return g.map((x) => keep * x + t * normal());
  };
  return {
    sample(random) {
      const normal = gaussianSampler(random);
      const small = settings.init === 'small-random';
      return {
        rRaw: integer(bounds.rRaw, random),
        kRaw: integer(bounds.kRaw, random),
        nRaw: integer(bounds.nRaw, random),
        mRaw: integer(bounds.mRaw, random),
        kind: pick(settings.spectra, random),
        conditionLevel: integer(1000, random),
        family: pick(settings.families, random),
        gU: grid(normal),
        gV: grid(normal),
        gB: grid(normal),
        gZ: small ? grid(normal) : null,
        gW: small ? grid(normal) : null,
        ...(ties ? { tieSides: integer(3, random), tieRank: integer(3, random) } : {}),
      };
    },
    perturb(p, random, step) {
      const normal = gaussianSampler(random);
      const t = Math.min(1, Math.max(0, step));
      const nudge = (x: number, max: number): number =>
        random() < t / 2 ? clamp(x + (random() < 0.5 ? -1 : 1), max) : x;
      const redraw = <X>(x: X, options: readonly X[]): X => (random() < t / 2 ? pick(options, random) : x);
      return {
        rRaw: nudge(p.rRaw, bounds.rRaw),
        kRaw: nudge(p.kRaw, bounds.kRaw),
        nRaw: nudge(p.nRaw, bounds.nRaw),
        mRaw: nudge(p.mRaw, bounds.mRaw),
        kind: redraw(p.kind, settings.spectra),
        conditionLevel: clamp(Math.round(p.conditionLevel + 200 * t * normal()), 1000),
        family: redraw(p.family, settings.families),
        gU: moved(p.gU, normal, t) as number[],
        gV: moved(p.gV, normal, t) as number[],
        gB: moved(p.gB, normal, t) as number[],
        gZ: moved(p.gZ, normal, t),
        gW: moved(p.gW, normal, t),
        ...(ties
          ? { tieSides: redraw(p.tieSides, [0, 1, 2, 3]), tieRank: redraw(p.tieRank, [0, 1, 2, 3]) }
          : {}),
      };
    },
    build: (p) => buildFactorizationCase(p, settings),
  };
}
