/**
 * What replays a run of a claim exactly: the fast-check seed, the replay path of the shrunk
 * counterexample, and the side bound under which that path was found (a refutation is searched again
 * on smaller sides, so this can be below the bound asked for, down to 1).
 * @public
 */
export interface ReplayRecord {
  readonly seed: number;
  readonly path: string;
  readonly maxSize: number;
}

/** Longest expanded replay path accepted (fast-check paths of shrunk inputs are a few hundred steps). */
const MAX_PATH_STEPS = 100_000;

/** A path in long (`1:0:0:0`) or run-length (`1:0*3`) form: steps, each a count, optionally `*repeats`. */
const PATH_SYNTAX = /^\d+(\*\d+)?(:\d+(\*\d+)?)*$/;

/**
 * A fast-check replay path with runs of one step written `step*count` (`1:0:0:0:2` -> `1:0*3:2`); a run
 * shorter than 3 stays as is. {@link expandReplayPath} inverts it. Pure.
 * @internal
 */
export function compressReplayPath(path: string): string {
  if (path === '') return '';
  const steps = path.split(':');
  const out: string[] = [];
  for (let i = 0; i < steps.length;) {
    let j = i;
    while (j < steps.length && steps[j] === steps[i]) j++;
    const count = j - i;
    out.push(count >= 3 ? `${steps[i]}*${count}` : steps.slice(i, j).join(':'));
    i = j;
  }
  return out.join(':');
}

/**
 * The long form of a replay path given in long or run-length form; throws an Error with a one-line
 * reason for anything else (letters, empty steps, a zero repeat count, more than 100000 steps). Pure.
 * @internal
 */
export function expandReplayPath(path: string): string {
  if (path === '') return '';
  if (!PATH_SYNTAX.test(path)) throw new Error(`not a replay path: '${path.slice(0, 60)}'`);
  const steps: string[] = [];
  for (const token of path.split(':')) {
    const [step, times] = token.split('*');
    const count = times === undefined ? 1 : Number(times);
    const fits = count >= 1 && steps.length + count <= MAX_PATH_STEPS; // false for NaN
    if (!fits)
      throw new Error(
        `replay path repeat '${token}' is 0 or makes the path longer than ${MAX_PATH_STEPS} steps`,
      );
    for (let i = 0; i < count; i++) steps.push(String(Number(step)));
  }
  return steps.join(':');
}

/**
 * The short form of a replay record, like Hypothesis's `@reproduce_failure` blob: base64url (no padding)
 * of the compact JSON `{"seed":S,"path":P,"maxSize":K}`, the path in run-length form. Pure.
 * @internal
 */
export function replayBlob(r: ReplayRecord): string {
  const json = JSON.stringify({ seed: r.seed, path: compressReplayPath(r.path), maxSize: r.maxSize });
  return Buffer.from(json, 'utf8').toString('base64url');
}

/**
 * Reads a blob of {@link replayBlob} back; throws an Error with a one-line reason when it is not one
 * (not base64url, not JSON, a missing or mistyped field, a seed that is not an integer >= -2^31 (as `--seed`), a side bound below 1,
 * a malformed path). Pure.
 * @internal
 */
export function parseReplayBlob(blob: string): ReplayRecord {
  const shown = blob.length > 40 ? `${blob.slice(0, 40)}...` : blob;
  if (!/^[A-Za-z0-9_-]+$/.test(blob)) throw new Error(`not a replay blob (base64url expected): '${shown}'`);
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(blob, 'base64url').toString('utf8'));
  } catch {
    throw new Error(`not a replay blob (does not decode to JSON): '${shown}'`);
  }
  const v = (value ?? {}) as Record<string, unknown>;
  const keys =
    typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.keys(v).sort() : [];
  if (keys.join(',') !== 'maxSize,path,seed')
    throw new Error(`not a replay blob (want {seed, path, maxSize}): '${shown}'`);
  const { seed, path, maxSize } = v;
  if (!Number.isSafeInteger(seed) || (seed as number) < -(2 ** 31))
    throw new Error(`replay blob has a bad seed ${JSON.stringify(seed)}: '${shown}'`);
  if (!Number.isSafeInteger(maxSize) || (maxSize as number) < 1)
    throw new Error(`replay blob has a bad maxSize ${JSON.stringify(maxSize)} (an integer >= 1): '${shown}'`);
  if (typeof path !== 'string') throw new Error(`replay blob has a bad path: '${shown}'`);
  return { seed: seed as number, path: expandReplayPath(path), maxSize: maxSize as number };
}

/**
 * The command that replays a result, from its one replay record: the short form
 * `fa-verify check <id> --replay <blob>` (default) or the long form
 * `fa-verify check <id> --seed S --max-size K --path P` (the path run-length coded, `0*198:1`, which
 * `--path` reads as well as the plain form; for a targeted search or a sequence of draws, which the
 * seed and side bound replay, `--no-fixtures` in place of the path, so that the rerun, like every
 * replay, writes nothing); '' for a result with nothing to replay. The
 * CLI's hint, the fixtures and the report all print it from here. Pure.
 * @public
 */
export function replayCommandLine(
  result: { readonly claim: string; readonly replay?: ReplayRecord },
  form: 'short' | 'long' = 'short',
): string {
  const r = result.replay;
  if (r === undefined) return '';
  return form === 'short'
    ? `fa-verify check ${result.claim} --replay ${replayBlob(r)}`
    : `fa-verify check ${result.claim} --seed ${r.seed} --max-size ${r.maxSize}${r.path === '' ? ' --no-fixtures' : ` --path ${compressReplayPath(r.path)}`}`;
}
