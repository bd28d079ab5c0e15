import type { SolveReport } from './solveReport.js';

const g = (x: number): string => (Number.isFinite(x) ? x.toPrecision(6) : String(x));

/** A short summary of a solve report, for people. Pure. @internal */
export function formatSolveSummary(report: SolveReport): string {
  const lines = [
    `rule ${report.rule}, Y ${report.n} x ${report.m}, r = ${report.r} (${report.kernels} kernels)`,
    `stopped: ${report.reason} after ${report.steps} steps` +
      (report.subspace === undefined
        ? ''
        : ` (in a ${report.subspace.rows} x ${report.subspace.cols} subspace, ${report.subspace.kind} reduction)`),
    `loss ||ZW - Y||_F^2   ${g(report.loss)}`,
    `optimal loss L*(r)   ${g(report.optimalLoss)}`,
  ];
  if (report.faLimitLoss !== undefined) lines.push(`FA limit loss        ${g(report.faLimitLoss)}`);
  if (report.alignment !== undefined) lines.push(`alignment a(Z, B)    ${g(report.alignment)}`);
  return `${lines.join('\n')}\n`;
}
