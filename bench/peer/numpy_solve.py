"""FA or GD on a case file of `fa-verify solve`, as a numpy user would write it: the peer of the
whole-process benchmarks (bench/solveProcesses.mjs, bench/fullRankProcesses.mjs).

    python3 bench/peer/numpy_solve.py case.json

From `Z0`, `W0` when the case gives them (else zero), exactly `steps` steps of

    E = Z @ W - Y;  Z_new = Z - eta * E @ W.T;  W -= eta * M.T @ E;  Z = Z_new

with `M = B` (rule "fa") or the old `Z` (rule "gd"),

then prints one JSON object: the final loss ||ZW - Y||_F^2 and the loop's own seconds.
"""

import json
import sys
import time

import numpy as np


def main(path: str) -> None:
    with open(path, encoding="utf8") as f:
        case = json.load(f)
    Y = np.array(case["Y"], dtype=np.float64)
    eta, steps, r = case["eta"], case["steps"], case["r"]
    n, m = Y.shape
    Z = np.array(case["Z0"], dtype=np.float64) if "Z0" in case else np.zeros((n, r))
    W = np.array(case["W0"], dtype=np.float64) if "W0" in case else np.zeros((r, m))
    start = time.perf_counter()
    if case["rule"] == "gd":
        for _ in range(steps):
            E = Z @ W - Y
            Z_new = Z - eta * E @ W.T
            W -= eta * Z.T @ E
            Z = Z_new
    else:
        B = np.array(case["B"], dtype=np.float64)
        for _ in range(steps):
            E = Z @ W - Y
            Z -= eta * E @ W.T
            W -= eta * B.T @ E
    seconds = time.perf_counter() - start
    loss = float(np.sum((Z @ W - Y) ** 2))
    print(json.dumps({"loss": loss, "loopSeconds": seconds}))


if __name__ == "__main__":
    main(sys.argv[1])
