#!/usr/bin/env python3
"""An independent FSRS-6 reference, written from the published algorithm
(open-spaced-repetition, "The Algorithm", FSRS-6 section), not from the fsrs
crate's code. It prints the memory states that tests/fsrs_reference.rs checks
our scheduler (the `fsrs` crate through `rehearse::schedule`) against.

Run: python3 tests/fsrs_reference.py
"""
import math

# FSRS-6 default parameters w0..w20, as published with FSRS-6.
W = [0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722,
     0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425,
     0.0912, 0.0658, 0.1542]


def clamp(x, lo, hi):
    return max(lo, min(hi, x))


def retrievability(t, s):
    decay = -W[20]
    factor = 0.9 ** (1 / decay) - 1
    return (1 + factor * t / s) ** decay


def d0(g):
    return W[4] - math.exp(W[5] * (g - 1)) + 1


def next_d(d, g):
    delta = -W[6] * (g - 3)
    d_prime = d + delta * (10 - d) / 9          # linear damping
    return clamp(W[7] * d0(4) + (1 - W[7]) * d_prime, 1, 10)   # mean reversion


def s_recall(d, s, r, g):
    hard = W[15] if g == 2 else 1
    easy = W[16] if g == 4 else 1
    return s * (math.exp(W[8]) * (11 - d) * s ** -W[9] * (math.exp(W[10] * (1 - r)) - 1) * hard * easy + 1)


def s_forget(d, s, r):
    sf = W[11] * d ** -W[12] * ((s + 1) ** W[13] - 1) * math.exp(W[14] * (1 - r))
    return min(sf, s / math.exp(W[17] * W[18]))


def s_same_day(s, g):
    inc = math.exp(W[17] * (g - 3 + W[18])) * s ** -W[19]
    if g >= 3:
        inc = max(inc, 1)
    return s * inc


def run(steps):
    """steps: [(days since previous review, rating)]; the first is the first review."""
    s = d = None
    out = []
    for days, g in steps:
        if s is None:
            s, d = W[g - 1], clamp(d0(g), 1, 10)
        else:
            r = retrievability(days, s)
            if days == 0:
                new_s = s_same_day(s, g)
            elif g == 1:
                new_s = s_forget(d, s, r)
            else:
                new_s = s_recall(d, s, r, g)
            d = next_d(d, g)
            s = clamp(new_s, 0.001, 36500)
        out.append((round(s, 4), round(d, 4)))
    return out


if __name__ == "__main__":
    print("A", run([(0, 3), (3, 3), (10, 1), (1, 3)]))
    print("B", run([(0, 2), (0, 3), (5, 4)]))
    print("C", run([(0, 4), (8, 3), (20, 3), (60, 2)]))
