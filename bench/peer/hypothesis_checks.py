"""Two checks of fa-verify's catalogue written the way a Python researcher would: Hypothesis and
numpy. The peer of issue #3's speed requirement (bench/peerComparison.mjs times whole processes).

    python3 bench/peer/hypothesis_checks.py r-ge-rank   # like: fa-verify check fa-reaches-optimum-when-r-ge-rank
    python3 bench/peer/hypothesis_checks.py every-r     # like: fa-verify check fa-reaches-optimum-for-every-r

100 examples, sides 2 to 8, derandomized, no example database. Targets Y = U diag(s) V^T of rank k,
normalised to s1 = 1 (flat, geometric or power-law spectrum, condition up to 1000); U, V orthonormal
frames of I + G; feedback B = (I + G) / sqrt(n); FA from zero with the safe step
eta = 0.4 (s1 ||B||_2)^(-2/3). Exit status 0 when the outcome is the expected one: `r-ge-rank` holds,
`every-r` is refuted (Hypothesis finds and shrinks a counterexample).
"""

import sys

import numpy as np
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

MAX_SIDE = 8
LOSS_TOL = 1e-8  # claims about losses, relative to ||Y||_F^2
SOLVER_TOL = 1e-10  # stop when this close to the target, relative to ||Y||_F^2
STATIONARY_TOL = 1e-13  # relative update size at which a run counts as stationary
DECISIVE = 10  # a counterexample to a false claim must be this many tolerances past it
MAX_STEPS = 400_000

perturbations = arrays(np.float64, (MAX_SIDE, MAX_SIDE), elements=st.floats(-1, 1))


def frame(n: int, k: int, g: np.ndarray) -> np.ndarray:
    """n x k orthonormal columns: the Q factor of I + G."""
    q, _ = np.linalg.qr(np.eye(n, k) + g[:n, :k])
    return q


def singular_values(kind: str, k: int, condition: float) -> np.ndarray:
    i = np.arange(1, k + 1)
    if kind == "flat" or k == 1:
        return np.ones(k)
    if kind == "geometric":
        return condition ** (-(i - 1) / (k - 1))
    return i ** (-np.log(condition) / np.log(k))


@st.composite
def fa_cases(draw, r_at_least_rank: bool):
    n = draw(st.integers(2, MAX_SIDE))
    m = draw(st.integers(2, MAX_SIDE))
    k = draw(st.integers(1, min(n, m)))
    r = draw(st.integers(k, MAX_SIDE)) if r_at_least_rank else draw(st.integers(1, MAX_SIDE))
    kind = draw(st.sampled_from(["flat", "geometric", "power-law"]))
    condition = 10 ** draw(st.floats(0, 3))
    s = singular_values(kind, k, condition)
    U = frame(n, k, draw(perturbations))
    V = frame(m, k, draw(perturbations))
    B = (np.eye(n, r) + draw(perturbations)[:n, :r]) / np.sqrt(n)
    # Generic feedback: B^T U of full column rank (a Gaussian B has it with probability 1).
    assume(np.linalg.svd(B.T @ U, compute_uv=False)[min(r, k) - 1] > 1e-3)
    return U @ np.diag(s) @ V.T, B, s, r


def fa_from_zero(Y: np.ndarray, B: np.ndarray, r: int, target: float) -> float:
    """FA from zero until the loss is within SOLVER_TOL of target, stationary, or MAX_STEPS; its loss."""
    n, m = Y.shape
    y2 = np.sum(Y * Y)
    eta = 0.4 * max(np.linalg.norm(B, 2), 0.1) ** (-2 / 3)
    Z = np.zeros((n, r))
    W = np.zeros((r, m))
    for _ in range(MAX_STEPS):
        E = Z @ W - Y
        loss = np.sum(E * E)
        if loss <= target + SOLVER_TOL * y2:
            break
        dZ = eta * E @ W.T
        dW = eta * B.T @ E
        Z -= dZ
        W -= dW
        scale = np.sum(Z * Z) + np.sum(W * W) + np.sqrt(y2)
        if np.sum(dZ * dZ) + np.sum(dW * dW) <= STATIONARY_TOL**2 * scale:
            break
    E = Z @ W - Y
    return float(np.sum(E * E))


common = settings(max_examples=100, deadline=None, database=None, derandomize=True)


@common
@given(fa_cases(r_at_least_rank=True))
def test_fa_reaches_optimum_when_r_ge_rank(case):
    Y, B, s, r = case
    loss = fa_from_zero(Y, B, r, target=0.0)
    assert loss / np.sum(s**2) <= LOSS_TOL


@common
@given(fa_cases(r_at_least_rank=False))
def test_fa_reaches_optimum_for_every_r(case):
    Y, B, s, r = case
    optimal = np.sum(s[r:] ** 2)  # Eckart-Young
    loss = fa_from_zero(Y, B, r, target=optimal)
    assert (loss - optimal) / np.sum(s**2) <= DECISIVE * LOSS_TOL


def main(which: str) -> int:
    check, expected = {
        "r-ge-rank": (test_fa_reaches_optimum_when_r_ge_rank, "holds"),
        "every-r": (test_fa_reaches_optimum_for_every_r, "refuted"),
    }[which]
    try:
        check()
        outcome = "holds"
    except AssertionError as e:
        outcome = "refuted"
        for note in getattr(e, "__notes__", []):  # Hypothesis's "Falsifying example: ..." (shrunk)
            print(note, file=sys.stderr)
    print(f"{which}: {outcome} (expected {expected})")
    return 0 if outcome == expected else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
