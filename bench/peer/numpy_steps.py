"""Seconds per naive FA step in numpy, for the side-by-side column of bench/stepKernels.mjs.

    python3 bench/peer/numpy_steps.py 8:3 32:8 ...

For each n:r (Y n x n), the median over 3 repetitions of one step
`E = Z @ W - Y; Z -= eta * E @ W.T; W -= eta * B.T @ E`, printed as one JSON object
{"n:r": seconds}.
"""

import json
import sys
import timeit

import numpy as np


def step_seconds(n: int, r: int) -> float:
    rng = np.random.default_rng(0)
    Y = rng.standard_normal((n, n))
    B = rng.standard_normal((n, r)) / np.sqrt(n)
    Z = 1e-3 * rng.standard_normal((n, r))
    W = 1e-3 * rng.standard_normal((r, n))
    eta = 1e-6

    def step() -> None:
        nonlocal Z, W
        E = Z @ W - Y
        Z -= eta * E @ W.T
        W -= eta * B.T @ E

    number, _ = timeit.Timer(step).autorange()
    times = timeit.repeat(step, number=number, repeat=3)
    return sorted(times)[1] / number


if __name__ == "__main__":
    out = {}
    for spec in sys.argv[1:]:
        n, r = (int(x) for x in spec.split(":"))
        out[spec] = step_seconds(n, r)
    print(json.dumps(out))
