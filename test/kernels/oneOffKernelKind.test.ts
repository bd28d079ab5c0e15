import { describe, expect, it } from 'vitest';
import { ONE_OFF_WASM_MIN_WORK, oneOffKernelKind } from '../../src/kernels/oneOffKernelKind.js';

describe('oneOffKernelKind', () => {
  it('takes WebAssembly from 2^16 multiply-adds, JavaScript below', () => {
    expect(ONE_OFF_WASM_MIN_WORK).toBe(65536);
    expect(oneOffKernelKind(0)).toBe('js');
    expect(oneOffKernelKind(65535)).toBe('js');
    expect(oneOffKernelKind(65536)).toBe('wasm');
    expect(oneOffKernelKind(512 * 384 * 32)).toBe('wasm');
  });
});
