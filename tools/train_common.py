"""What both model trainers share: reading a feature dump, labelling blocks
against the references, the per-page word F1 (score.py's formula), and
writing a fitted ensemble as the C++ table that model/tree_ensemble.h
evaluates. The table carries everything C++ needs to decide (feature names,
threshold, the rest of the policy), so no decision constant is written in
both languages."""
import collections, json, re
import numpy as np
import sklearn
from sklearn.ensemble import HistGradientBoostingClassifier

# Columns of a dump that are not features (the dump tools print them).
LEADING = ('file', 'block')
TRAILING = ('drop_reason', 'text')


def tokens(s):
    return re.findall(r'\w+', s.lower())


def read_rows(feats_path):
    """Feature names and rows (page id, features, extra columns, text) of a dump."""
    rows = []
    with open(feats_path, encoding='utf-8') as f:
        header = f.readline().rstrip('\n').split('\t')
        tail = 1 + (header[-2] == 'drop_reason')
        names = header[len(LEADING):-tail]
        for line in f:
            p = line.rstrip('\n').split('\t')
            extra = p[-tail:-1]
            rows.append((p[0].rsplit('/', 1)[-1].split('.')[0], [float(x) for x in p[2:-tail]], extra, p[-1]))
    return names, rows


def load(feats_path, dataset):
    meta = json.load(open(f'{dataset}/metadata.json'))['files']
    names, rows = read_rows(feats_path)
    gts, gtc = {}, {}
    for pid in meta:
        gt = json.load(open(f'{dataset}/ground-truth/{pid}.json'))['ground_truth'].get('main_content') or ''
        gts[pid] = ' ' + ' '.join(tokens(gt)) + ' '
        gtc[pid] = collections.Counter(tokens(gt))
    X = np.array([r[1] for r in rows], dtype=np.float32)
    y = np.array([1 if (' ' + ' '.join(tokens(r[3])) + ' ') in gts[r[0]] and tokens(r[3]) else 0 for r in rows])
    w = np.array([1.0 + len(tokens(r[3])) ** 0.5 for r in rows])
    page = [r[0] for r in rows]
    extra = [r[2] for r in rows]
    return names, X, y, w, page, [r[3] for r in rows], gtc, meta, extra


def page_f1(pages, texts, keep, gtc, meta):
    pred = collections.defaultdict(collections.Counter)
    for p, t, k in zip(pages, texts, keep):
        if k:
            pred[p].update(tokens(t))
    per = collections.defaultdict(list)
    for p in meta:
        g, c = gtc[p], pred.get(p, collections.Counter())
        if not g:
            f = 1.0 if not c else 0.0
        elif not c:
            f = 0.0
        else:
            ov = sum((c & g).values())
            P, R = ov / sum(c.values()), ov / sum(g.values())
            f = 0.0 if ov == 0 else 2 * P * R / (P + R)
        per[meta[p]['page_type']].append(f)
    allf = [x for v in per.values() for x in v]
    return sum(allf) / len(allf), {k: sum(v) / len(v) for k, v in per.items()}


def report(label, f, per):
    print(f'{label}: page word F1 {f:.4f} ' + ' '.join(f'{k[:4]} {v:.3f}' for k, v in sorted(per.items())))


def make_model(args):
    # No early stopping (so no hidden hold-out), a fixed seed: the same data
    # gives the same trees.
    return HistGradientBoostingClassifier(max_iter=args.trees, max_depth=args.depth, learning_rate=args.rate,
                                          max_leaf_nodes=2 ** args.depth, l2_regularization=1.0,
                                          early_stopping=False, random_state=7)


def tree_rows(predictor, base):
    """One fitted histogram tree as (feature, threshold, left, right, value)
    rows whose child indices start at `base` (tree_ensemble.h's tree_node)."""
    n = predictor.nodes
    rows = []
    for i in range(len(n)):
        if n[i]['is_leaf']:
            rows.append((-1, 0.0, 0, 0, float(n[i]['value'])))
        else:
            rows.append((int(n[i]['feature_idx']), float(n[i]['num_threshold']),
                         base + int(n[i]['left']), base + int(n[i]['right']), 0.0))
    return rows


def tree_arrays(model):
    """(init, nodes, roots) of a fitted binary HistGradientBoostingClassifier.

    sklearn has no public accessor for a histogram booster's trees (`tree_`
    belongs to the plain GradientBoosting estimators), so this reads
    `_baseline_prediction` and `_predictors`; evaluate() checks the result
    against the public decision_function, so a change of those internals
    fails loudly instead of exporting a wrong table."""
    init = float(model._baseline_prediction.ravel()[0])
    nodes, roots = [], []
    for pred in model._predictors:
        roots.append(len(nodes))
        nodes += tree_rows(pred[0], len(nodes))
    return init, nodes, roots


def evaluate(init, nodes, roots, X):
    """What model/tree_ensemble.h's tree_sum computes, row by row."""
    out = np.full(len(X), init)
    for r in roots:
        i = np.full(len(X), r)
        while True:
            feat = np.array([nodes[k][0] for k in i])
            live = feat >= 0
            if not live.any():
                break
            th = np.array([nodes[k][1] for k in i])
            go_left = X[np.arange(len(X)), np.maximum(feat, 0)] <= th
            nxt = np.where(go_left, [nodes[k][2] for k in i], [nodes[k][3] for k in i])
            i = np.where(live, nxt, i)
        out += np.array([nodes[k][4] for k in i])
    return out


def export_table(model, X, prefix, names, policy, comment):
    """The C++ table: names, policy lines, the trees. Checks the exported
    trees against sklearn's own scores on the training rows."""
    init, nodes, roots = tree_arrays(model)
    sample = X[:: max(1, len(X) // 5000)]
    if not np.allclose(evaluate(init, nodes, roots, sample), model.decision_function(sample), atol=1e-9):
        raise SystemExit('export: the exported trees do not reproduce decision_function; sklearn changed')
    out = comment + [f'// sklearn {sklearn.__version__}.',
                     f'constexpr std::string_view {prefix}_trained_names[] = {{']
    line = '   '
    for n in names:
        if len(line) + len(n) + 4 > 110:
            out.append(line)
            line = '   '
        line += f' "{n}",'
    out.append(line)
    out.append('};')
    out += policy
    out.append(f'constexpr double {prefix}_init = {init!r};')
    out.append(f'constexpr tree_node {prefix}_nodes[] = {{')
    for f, th, l, r, v in nodes:
        out.append(f'    {{{f}, {th!r}, {l}, {r}, {v!r}}},')
    out.append('};')
    out.append(f'constexpr int {prefix}_roots[] = {{' + ', '.join(map(str, roots)) + '};')
    return '\n'.join(out) + '\n'


def reasons(names):
    return '{' + ', '.join(f'reason::{n}' for n in names) + '}'
