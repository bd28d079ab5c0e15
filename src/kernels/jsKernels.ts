import { axpy } from './axpy.js';
import { dot } from './dot.js';
import { gemmNN } from './gemmNN.js';
import { gemmNT } from './gemmNT.js';
import { gemmTN } from './gemmTN.js';
import type { KernelSet } from './KernelSet.js';
import { syrkNT } from './syrkNT.js';

/** The JavaScript kernels as a {@link KernelSet}: they work on any `Float64Array`. @internal */
export const jsKernels: KernelSet = {
  name: 'js',
  gemmNN,
  gemmNT,
  gemmTN,
  syrkNT,
  dotInto: (a, b, len, out, at) => {
    out[at] = dot(a, b, len);
  },
  axpy,
};
