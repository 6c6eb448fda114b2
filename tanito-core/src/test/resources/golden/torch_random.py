#!/usr/bin/python3
"""Writes torch_random.json: what PyTorch draws from a seed (tanito.linalg.TorchGenerator and
SeedPolicy.PYTORCH are tested against it). Run with Debian's python3-torch (1.13) on x86-64 with AVX2:
    python3 torch_random.py > torch_random.json"""
import json
import torch
import torch.nn as nn
import torch.nn.functional as F


def floats(t):
    return [float(v) for v in t.flatten()]


def build(seed, sizes, hidden_init, output_init):
    """The usual script: seed, build the layers, re-initialise every weight, zero every bias."""
    torch.manual_seed(seed)
    layers = []
    for i in range(len(sizes) - 1):
        layers.append(nn.Linear(sizes[i], sizes[i + 1]))
        if i < len(sizes) - 2:
            layers.append(nn.ReLU())
    model = nn.Sequential(*layers)
    linears = [m for m in model if isinstance(m, nn.Linear)]
    for i, m in enumerate(linears):
        (output_init if i == len(linears) - 1 else hidden_init)(m.weight)
        nn.init.zeros_(m.bias)
    return model, linears


out = {"about": "Draws of PyTorch 1.13's CPU generator (x86-64, AVX2 kernels). uniform/normal: torch.manual_seed(seed) then "
       "tensor.uniform_(low, high) or tensor.normal_(0, 1) on fresh float32 tensors of the given sizes, one after another. "
       "randperm: g = torch.Generator().manual_seed(seed), then torch.randperm(n, generator=g) for each n in turn "
       "(long permutations: the first 20 and sum(i * p[i])). init (large weights: the first 8, the sum, and the sum of "
       "the float32 bit patterns read as int32): torch.manual_seed(seed), nn.Sequential of nn.Linear "
       "(ReLU between), then each weight re-drawn by the named nn.init function and each bias zeroed; weights as "
       "PyTorch holds them, [out, in], row by row. training: that init, then Adam (lr 0.01, betas 0.9/0.999, eps 1e-8) "
       "on F.cross_entropy over the data below, batches of 8 in the order torch.randperm(40, generator=g) gives each "
       "epoch (g seeded with the seed), 3 epochs; the weights after it and the mean loss of each epoch."}

torch.manual_seed(42)
out["uniform"] = {"seed": 42, "draws": [{"low": 0.0, "high": 1.0, "values": floats(torch.empty(20).uniform_(0, 1))},
                                       {"low": -0.3, "high": 0.3, "values": floats(torch.empty(5).uniform_(-0.3, 0.3))}]}
torch.manual_seed(42)
out["normal"] = {"seed": 42, "draws": [{"values": floats(torch.empty(n).normal_(0, 1))} for n in (37, 8, 3, 5, 32)]}
g = torch.Generator().manual_seed(42)
perms = []
for n in (10, 60000, 1, 7):
    p = torch.randperm(n, generator=g)
    perms.append({"n": n, "head": p[:20].tolist(), "weighted_sum": int((torch.arange(n) * p).sum())})
out["randperm"] = {"seed": 42, "permutations": perms}

inits = []
for seed, sizes, hidden, output in ((42, [5, 7, 3], "kaiming_normal_", "xavier_uniform_"),
                                    (7, [20, 16, 4], "kaiming_uniform_", "xavier_normal_"),
                                    (42, [784, 256, 128, 10], "kaiming_normal_", "xavier_uniform_")):
    h = (lambda w: nn.init.kaiming_normal_(w, nonlinearity="relu")) if hidden == "kaiming_normal_" \
        else (lambda w: nn.init.kaiming_uniform_(w, nonlinearity="relu"))
    o = getattr(nn.init, output)
    _, linears = build(seed, sizes, h, o)
    entry = {"seed": seed, "sizes": sizes, "hidden": hidden, "output": output}
    if sizes[0] < 100:
        entry["weights"] = [floats(m.weight.detach()) for m in linears]
    else:
        entry["weight_heads"] = [floats(m.weight.detach().flatten()[:8]) for m in linears]
        entry["weight_sums"] = [float(m.weight.detach().double().sum()) for m in linears]
        entry["weight_bit_sums"] = [int(m.weight.detach().contiguous().view(torch.int32).long().sum()) for m in linears]
    inits.append(entry)
out["init"] = inits

data_gen = torch.Generator().manual_seed(123)
X = torch.randn(40, 6, generator=data_gen)
y = (X[:, 0] + X[:, 1] * X[:, 2] > 0).long() + (X[:, 3] > 0.8).long()
model, linears = build(5, [6, 8, 3], lambda w: nn.init.kaiming_normal_(w, nonlinearity="relu"), nn.init.xavier_uniform_)
opt = torch.optim.Adam(model.parameters(), lr=0.01, betas=(0.9, 0.999), eps=1e-8)
order = torch.Generator().manual_seed(5)
losses = []
for epoch in range(3):
    perm = torch.randperm(40, generator=order)
    total = 0.0
    for i in range(0, 40, 8):
        idx = perm[i:i + 8]
        opt.zero_grad()
        loss = F.cross_entropy(model(X[idx]), y[idx])
        loss.backward()
        opt.step()
        total += float(loss) * len(idx)
    losses.append(total / 40)
out["training"] = {"seed": 5, "sizes": [6, 8, 3], "hidden": "kaiming_normal_", "output": "xavier_uniform_",
                   "X": [floats(r) for r in X], "y": y.tolist(), "epoch_losses": losses,
                   "weights": [floats(m.weight.detach()) for m in linears],
                   "biases": [floats(m.bias.detach()) for m in linears]}
print(json.dumps(out, indent=1))
