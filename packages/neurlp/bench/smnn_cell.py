# Times the authors' S-MNN solver (IST-DASLab/ScalableMNN, smnn.py: not part of this repository,
# point SMNN_DIR at a checkout) on the cells of bench/cells.mjs, for bench/vs-smnn.mjs.
# Reads "B N" lines on stdin and answers each with one JSON line {"fwd": ms, "fb": ms}: the minimum
# wall time of a forward without gradients and of forward + backward of sum(u^2) with respect to
# coefficients, rhs, initial values and steps. Float64, D = 1, K = 3, central rows, SMNN_THREADS
# intra-op threads (default 2, one per core here).
# SMNN_CPP_DIR (optional) is the directory of its built C++ helper; smnn.py uses it when importable.
import json
import os
import sys
import time

sys.path.insert(0, os.environ["SMNN_DIR"])
if os.environ.get("SMNN_CPP_DIR"):
    sys.path.insert(0, os.environ["SMNN_CPP_DIR"])
import torch  # noqa: E402
import smnn  # noqa: E402

torch.set_num_threads(int(os.environ.get("SMNN_THREADS", "2")))
F64 = torch.float64


def cell(B, N):
    # damped oscillators u'' + 2 zeta w u' + w^2 u = 0 on [0, 10], as bench/cells.mjs builds them
    g = torch.Generator().manual_seed(B * 100003 + N)
    zeta = 0.05 + 0.45 * torch.rand(B, generator=g, dtype=F64)
    w = 0.5 + 1.5 * torch.rand(B, generator=g, dtype=F64)
    c = torch.stack([w * w, 2 * zeta * w, torch.ones_like(w)], -1)
    coef = c.view(B, 1, 1, 1, 3).expand(B, N, 1, 1, 3).contiguous()
    rhs = torch.zeros(B, N, 1, dtype=F64)
    iv = 2 * torch.rand(B, 1, 1, 2, generator=g, dtype=F64) - 1
    steps = torch.full((B, N - 1), 10 / (N - 1), dtype=F64)
    return coef, rhs, iv, steps


def best_ms(f, max_runs=9, budget_s=2.0):
    f()
    best = float("inf")
    start = time.perf_counter()
    for _ in range(max_runs):
        t0 = time.perf_counter()
        f()
        best = min(best, time.perf_counter() - t0)
        if time.perf_counter() - start > budget_s:
            break
    return best * 1000


def measure(B, N):
    inputs = cell(B, N)

    def fwd():
        with torch.no_grad():
            smnn.ode_forward(*inputs, enable_central_smoothness=True)

    def fb():
        xs = [x.clone().requires_grad_(True) for x in inputs]
        u = smnn.ode_forward(*xs, enable_central_smoothness=True)
        (u * u).sum().backward()

    return {"fwd": best_ms(fwd), "fb": best_ms(fb), "cpp": smnn.mnn is not None}


for line in sys.stdin:
    if line.strip():
        B, N = (int(x) for x in line.split())
        print(json.dumps(measure(B, N)), flush=True)
