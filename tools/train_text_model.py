#!/usr/bin/python3
"""Trains the text-mode chrome classifier from feature dumps.

    build/pith_dump_text_features ../shared/datasets/wcxb-dev-text/*.txt > feats.tsv
    # the references as text, one file per page (<id>.txt), dumped the same way:
    build/pith_dump_text_features REFS/*.txt > feats_clean.tsv
    /usr/bin/python3 tools/train_text_model.py feats.tsv ../shared/datasets/wcxb-dev \
        --clean feats_clean.tsv --write lib/src/model/data/text_model.inc

A block's label is whether its words occur, as a run, in the page's reference
text. The model is a small gradient-boosted tree ensemble (sklearn's
HistGradientBoostingClassifier, depth-limited, so it is a data table of a few
thousand numbers that pith evaluates in C++: lib/src/model/text_model.cpp).
Pages are split into folds by domain, and the figures printed are
out-of-fold: each page is judged by a model that never saw its domain.
Needs Debian's python3-sklearn (a developer tool, not a build dependency).
"""
import argparse, collections, json, re, sys
import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.model_selection import GroupKFold


def tokens(s):
    return re.findall(r'\w+', s.lower())


def read_rows(feats_path):
    rows = []
    with open(feats_path, encoding='utf-8') as f:
        names = f.readline().rstrip('\n').split('\t')[2:-1]
        for line in f:
            p = line.rstrip('\n').split('\t')
            rows.append((p[0].rsplit('/', 1)[-1].split('.')[0], [float(x) for x in p[2:-1]], p[-1]))
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
    y = np.array([1 if (' ' + ' '.join(tokens(r[2])) + ' ') in gts[r[0]] and tokens(r[2]) else 0 for r in rows])
    w = np.array([1.0 + len(tokens(r[2])) ** 0.5 for r in rows])
    page = [r[0] for r in rows]
    groups = [meta[p]['domain'] for p in page]
    return names, X, y, w, page, [r[2] for r in rows], gtc, meta


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


def decide(page, X, prob, t, names):
    """What rules/chrome.cpp does with the probabilities: keep at or above the
    threshold, keep prose inside the densest region, then keep short runs (at
    most 3 blocks) of dropped blocks with kept blocks on both sides."""
    fi = {n: i for i, n in enumerate(names)}
    keep = (prob >= t) | ((X[:, fi['in_region']] > 0) & (X[:, fi['good']] > 0) & (X[:, fi['stopword_ratio']] >= 0.2))
    keep = keep.copy()
    n = len(keep)
    k = 0
    while k < n:
        if keep[k]:
            k += 1
            continue
        j = k
        while j < n and not keep[j] and page[j] == page[k]:
            j += 1
        left = k > 0 and keep[k - 1] and page[k - 1] == page[k]
        right = j < n and keep[j] and page[j] == page[k]
        if left and right and j - k <= 3:
            keep[k:j] = True
        k = j
    return keep


def make_model(args):
    return HistGradientBoostingClassifier(max_iter=args.trees, max_depth=args.depth, learning_rate=args.rate,
                                          max_leaf_nodes=2 ** args.depth, l2_regularization=1.0, random_state=7)


def tree_rows(predictor, base):
    """One fitted tree as (feature, threshold, left, right, value) rows whose
    child indices start at `base` (tree_ensemble.h's tree_node)."""
    n = predictor.nodes
    rows = []
    for i in range(len(n)):
        if n[i]['is_leaf']:
            rows.append((-1, 0.0, 0, 0, float(n[i]['value'])))
        else:
            rows.append((int(n[i]['feature_idx']), float(n[i]['num_threshold']),
                         base + int(n[i]['left']), base + int(n[i]['right']), 0.0))
    return rows


def export_trees(model, prefix):
    """C++ arrays for one fitted HistGradientBoostingClassifier."""
    out = [f'constexpr double {prefix}_init = {float(model._baseline_prediction.ravel()[0])!r};']
    nodes, roots = [], []
    for pred in model._predictors:
        roots.append(len(nodes))
        nodes += tree_rows(pred[0], len(nodes))
    out.append(f'constexpr tree_node {prefix}_nodes[] = {{')
    for f, th, l, r, v in nodes:
        out.append(f'    {{{f}, {th!r}, {l}, {r}, {v!r}}},')
    out.append('};')
    out.append(f'constexpr int {prefix}_roots[] = {{' + ', '.join(map(str, roots)) + '};')
    return out


def write_model(models, names, path, args):
    out = ['// Generated by tools/train_text_model.py from the WCXB dev split; do not edit by hand.',
           f'// {args.trees} trees of depth <= {args.depth}, learning rate {args.rate}.',
           f'// Features: {", ".join(names)}.']
    out += export_trees(models[0], 'stage1')
    open(path, 'w').write('\n'.join(out) + '\n')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('feats'); ap.add_argument('dataset')
    ap.add_argument('--trees', type=int, default=150); ap.add_argument('--depth', type=int, default=4)
    ap.add_argument('--rate', type=float, default=0.1); ap.add_argument('--folds', type=int, default=5)
    ap.add_argument('--write'); ap.add_argument('--no-cv', action='store_true')
    ap.add_argument('--ablate', help='comma-separated features to zero (experiments)')
    ap.add_argument('--clean', help='feature dump of already-clean documents (all content)')
    args = ap.parse_args()
    names, X, y, w, page, texts, gtc, meta = load(args.feats, args.dataset)
    if args.ablate:
        for name in args.ablate.split(','):
            X[:, names.index(name)] = 0.0
    groups = np.array([meta[p]['domain'] for p in page])
    real = np.ones(len(y), dtype=bool)
    if args.clean:
        # Already-clean documents (the references themselves, as text): all of
        # a clean document is content wherever it stands, which the dumps
        # alone never show (they always carry a header and a footer). This
        # also teaches that cleaning an output again keeps it.
        _, rows = read_rows(args.clean)
        Xc = np.array([r[1] for r in rows], dtype=np.float32)
        if args.ablate:
            for name in args.ablate.split(','):
                Xc[:, names.index(name)] = 0.0
        X = np.vstack([X, Xc])
        y = np.concatenate([y, np.ones(len(rows), dtype=int)])
        w = np.concatenate([w, np.array([0.5 * (1.0 + len(tokens(r[2])) ** 0.5) for r in rows])])
        groups = np.concatenate([groups, np.array([meta[r[0]]['domain'] for r in rows])])
        real = np.concatenate([real, np.zeros(len(rows), dtype=bool)])
    print(f'{len(y)} blocks, {y.mean():.3f} positive', file=sys.stderr)
    ap_cv = not args.no_cv
    if ap_cv:
        # Out of fold: each page is judged by a model that never saw its domain.
        prob = np.zeros(len(y))
        for tr, te in GroupKFold(n_splits=args.folds).split(X, y, groups):
            prob[te] = make_model(args).fit(X[tr], y[tr], sample_weight=w[tr]).predict_proba(X[te])[:, 1]
        prob = prob[real]
        for t in (0.3, 0.35, 0.4, 0.5):
            f, per = page_f1(page, texts, decide(page, X[real], prob, t, names), gtc, meta)
            print(f'out-of-fold threshold {t}: page word F1 {f:.4f} ' +
                  ' '.join(f'{k[:4]} {v:.3f}' for k, v in sorted(per.items())))
    if args.write:
        model = make_model(args).fit(X, y, sample_weight=w)
        write_model([model], names, args.write, args)


if __name__ == '__main__':
    main()
