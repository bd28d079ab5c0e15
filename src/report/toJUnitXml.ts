import { outcomeAsExpected } from '../claim/Claim.js';
import type { ClaimResult } from '../claim/ClaimResult.js';
import { briefCounterexample } from './briefCounterexample.js';
import { replayCommandLine } from '../claim/replayCommand.js';
import { escapeXml } from './escapeXml.js';

/** Seconds as JUnit wants them: a plain decimal, never NaN. */
const seconds = (s: number): string => (Number.isFinite(s) && s >= 0 ? s.toFixed(3) : '0.000');

function testcase(r: ClaimResult): string {
  const open = `    <testcase classname="fa-verify.catalogue" name="${escapeXml(r.claim)}" time="${seconds(r.seconds)}">`;
  const brief = briefCounterexample(r);
  const props =
    `      <properties><property name="expected" value="${escapeXml(r.expected)}"/>` +
    `<property name="outcome" value="${escapeXml(r.outcome)}"/><property name="seed" value="${r.seed}"/>` +
    `<property name="runs" value="${r.runs}"/>` +
    (r.replay === undefined ? '' : `<property name="replay" value="${escapeXml(replayCommandLine(r))}"/>`) +
    '</properties>';
  const body: string[] = [props];
  if (r.outcome === 'error' || r.outcome === 'inconclusive') {
    // Not a verdict: an error of the suite (or a budget spent), never a pass or a plain failure.
    const message = r.error ?? r.outcome;
    const replay = r.replay === undefined ? '' : `\nreplay: ${replayCommandLine(r)}`;
    body.push(
      `      <error message="${escapeXml(message)}" type="${r.outcome}">${escapeXml(`${message}${replay}`)}</error>`,
    );
  } else if (!outcomeAsExpected(r)) {
    const message = `expected ${r.expected}, got ${r.outcome}`;
    const replay = r.replay === undefined ? '' : `\nreplay: ${replayCommandLine(r)}`;
    const detail = `${brief === '' ? message : `${message}: counterexample ${brief}`}${replay}`;
    body.push(
      `      <failure message="${escapeXml(message)}" type="unexpected-outcome">${escapeXml(detail)}</failure>`,
    );
  }
  if (brief !== '') body.push(`      <system-out>${escapeXml(`counterexample: ${brief}`)}</system-out>`);
  return [open, ...body, '    </testcase>'].join('\n');
}

/**
 * JUnit XML of a catalogue run, for CI dashboards: one `<testsuite>` with a `<testcase>` per claim. A
 * claim whose outcome differs from the expected one is a `<failure>` whose text carries the
 * counterexample in brief and the command that replays it (also a `replay` property); a claim whose
 * outcome is `error` or `inconclusive` (no verdict) is an `<error>` with what went wrong; every shrunk
 * counterexample also appears as `<system-out>`. All text and attributes are XML-escaped. Pure.
 * @public
 */
export function toJUnitXml(results: readonly ClaimResult[]): string {
  const noVerdict = (r: ClaimResult): boolean => r.outcome === 'error' || r.outcome === 'inconclusive';
  const failures = results.filter((r) => !noVerdict(r) && !outcomeAsExpected(r)).length;
  const errors = results.filter(noVerdict).length;
  const time = seconds(results.reduce((a, r) => a + (Number.isFinite(r.seconds) ? r.seconds : 0), 0));
  const counts = `tests="${results.length}" failures="${failures}" errors="${errors}" time="${time}"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="fa-verify" ${counts}>`,
    `  <testsuite name="fa-verify catalogue" ${counts}>`,
    ...results.map(testcase),
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
