import { describe, expect, it } from 'vitest';
import { createStepWorkspace } from '../../src/solve/StepWorkspace.js';

describe('createStepWorkspace', () => {
  const n = 3;
  const m = 2;
  const r = 4;
  const y = Float64Array.from([1, 2, 3, 4, 5, 6]);
  const z0 = Float64Array.from({ length: n * r }, (_, i) => i + 1);
  const w0 = Float64Array.from({ length: r * m }, (_, i) => -i);
  const b = Float64Array.from({ length: n * r }, (_, i) => 0.5 * i);

  it('computes ||Y||_F^2 once and allocates every buffer at its shape', () => {
    const ws = createStepWorkspace(n, m, r, y, z0, w0, b);
    expect(ws.yNormSq).toBe(91);
    expect([ws.n, ws.m, ws.r]).toEqual([n, m, r]);
    expect(ws.y.length).toBe(n * m);
    expect(ws.z.length).toBe(n * r);
    expect(ws.w.length).toBe(r * m);
    expect(ws.b?.length).toBe(n * r);
    expect(ws.mty.length).toBe(r * m);
    expect(ws.wwt.length).toBe(r * r);
    expect(ws.ywt.length).toBe(n * r);
    expect(ws.mtz.length).toBe(r * r);
    expect(ws.gz.length).toBe(n * r);
    expect(ws.gw.length).toBe(r * m);
    expect(ws.row.length).toBe(m);
  });

  it("copies Y, Z0, W0 and B, so the caller's arrays are never written", () => {
    const ws = createStepWorkspace(n, m, r, y, z0, w0, b);
    expect(Array.from(ws.z)).toEqual(Array.from(z0));
    expect(Array.from(ws.w)).toEqual(Array.from(w0));
    expect(Array.from(ws.b ?? [])).toEqual(Array.from(b));
    ws.y.fill(9);
    ws.z.fill(9);
    ws.w.fill(9);
    ws.b?.fill(9);
    expect(y[0]).toBe(1);
    expect(z0[0]).toBe(1);
    expect(w0[1]).toBe(-1);
    expect(b[1]).toBe(0.5);
  });

  it('keeps B null for rules without feedback', () => {
    expect(createStepWorkspace(n, m, r, y, z0, w0, null).b).toBeNull();
  });
});
