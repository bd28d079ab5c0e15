import { fullRankProcesses } from './fullRankProcesses.mjs';
import { heapSteady } from './heapSteady.mjs';
import { machineLine } from './_lib/machine.mjs';
import { peerComparison } from './peerComparison.mjs';
import { solveProcesses } from './solveProcesses.mjs';
import { stepKernels } from './stepKernels.mjs';
import { verifyWorkers } from './verifyWorkers.mjs';

/*
 * Every benchmark of issues #3, #5 and #14, against the built dist/ (`npm run bench` builds it first):
 * per-step kernels (tinybench), whole `fa-verify solve` processes against numpy (rank-r and full-rank targets), the heap of a long
 * run, the peer comparison with Hypothesis, and `verify` with 1 and 2 workers. The Python parts skip cleanly without python3, numpy
 * or Hypothesis. Run one part alone with `node bench/<part>.mjs`.
 */
console.log(`fa-verify benchmarks: ${machineLine()}`);
await stepKernels();
solveProcesses();
fullRankProcesses();
await heapSteady();
peerComparison();
await verifyWorkers();
