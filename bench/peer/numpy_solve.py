"""FA on a case file of `fa-verify solve`, as a numpy user would write it: the peer of the
whole-process benchmark (bench/solveProcesses.mjs).

    python3 bench/peer/numpy_solve.py case.json

From zero, exactly `steps` steps of

    E = Z @ W - Y;  Z -= eta * E @ W.T;  W -= eta * B.T @ E

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
    B = np.array(case["B"], dtype=np.float64)
    eta, steps, r = case["eta"], case["steps"], case["r"]
    n, m = Y.shape
    Z = np.zeros((n, r))
    W = np.zeros((r, m))
    start = time.perf_counter()
    for _ in range(steps):
        E = Z @ W - Y
        Z -= eta * E @ W.T
        W -= eta * B.T @ E
    seconds = time.perf_counter() - start
    loss = float(np.sum((Z @ W - Y) ** 2))
    print(json.dumps({"loss": loss, "loopSeconds": seconds}))


if __name__ == "__main__":
    main(sys.argv[1])
