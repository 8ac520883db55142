#!/usr/bin/python3
"""Trains the text-mode chrome classifier from feature dumps (tools/train-models.sh
runs it with the pinned arguments):

    build/pith_dump_text_features ../shared/datasets/wcxb-dev-text/*.txt > feats.tsv
    # the references as text, one file per page (<id>.txt: main_content as is):
    build/pith_dump_text_features REFS/*.txt > feats_clean.tsv
    /usr/bin/python3 tools/train_text_model.py feats.tsv ../shared/datasets/wcxb-dev \
        --clean feats_clean.tsv --write lib/src/model/data/text_model.inc

A block's label is whether its words occur, as a run, in the page's reference
text. The model is a small gradient-boosted tree ensemble (sklearn's
HistGradientBoostingClassifier, depth-limited, so it is a data table of a few
thousand numbers that pith evaluates in C++: lib/src/model/text_model.cpp).

The decision policy around it (threshold, the prose guard, the smoothing run
length and which dropped blocks smoothing gives back) is defined here,
scored by decide() and written into the table, which rules/chrome.cpp
reads. Pages are split into folds by domain, and the figures printed are
out-of-fold: each page is judged by a model that never saw its domain.
Needs Debian's python3-sklearn (tools/install-deps.sh --train).
"""
import argparse, sys
import numpy as np
from sklearn.model_selection import GroupKFold

from train_common import export_table, load, make_model, page_f1, read_rows, reasons, report, tokens

KEEP_THRESHOLD = 0.4
# Prose (a `good` block) inside the densest region is kept whatever p says
# when its stopword ratio reaches this.
PROSE_MIN_STOPWORDS = 0.2
# A run of at most this many dropped blocks, kept blocks on both sides, is
# given back...
SMOOTHED_RUN = 3
# ... those of its blocks the classifier would call these (rules/chrome.cpp's
# reason; the dump prints it as drop_reason). Legal and social lines stay
# dropped: this is what shipped and what the dev-set figures measured.
GIVES_BACK = ('navigation', 'boilerplate')


def decide(page, X, prob, t, names, drop_reason):
    """What rules/chrome.cpp does with the probabilities."""
    fi = {n: i for i, n in enumerate(names)}
    keep = (prob >= t) | ((X[:, fi['in_region']] > 0) & (X[:, fi['good']] > 0) &
                          (X[:, fi['stopword_ratio']] >= np.float32(PROSE_MIN_STOPWORDS)))
    out = keep.copy()
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
        if left and right and j - k <= SMOOTHED_RUN:
            for m in range(k, j):
                out[m] = drop_reason[m] in GIVES_BACK
        k = j
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('feats'); ap.add_argument('dataset')
    ap.add_argument('--trees', type=int, default=150); ap.add_argument('--depth', type=int, default=4)
    ap.add_argument('--rate', type=float, default=0.1); ap.add_argument('--folds', type=int, default=5)
    ap.add_argument('--write'); ap.add_argument('--no-cv', action='store_true')
    ap.add_argument('--ablate', help='comma-separated features to zero (experiments)')
    ap.add_argument('--clean', help='feature dump of already-clean documents (all content)')
    args = ap.parse_args()
    names, X, y, w, page, texts, gtc, meta, extra = load(args.feats, args.dataset)
    drop_reason = [e[0] if e else 'boilerplate' for e in extra]
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
        w = np.concatenate([w, np.array([0.5 * (1.0 + len(tokens(r[3])) ** 0.5) for r in rows])])
        groups = np.concatenate([groups, np.array([meta[r[0]]['domain'] for r in rows])])
        real = np.concatenate([real, np.zeros(len(rows), dtype=bool)])
    print(f'{len(y)} blocks, {y.mean():.3f} positive', file=sys.stderr)
    if not args.no_cv:
        # Out of fold: each page is judged by a model that never saw its domain.
        prob = np.zeros(len(y))
        for tr, te in GroupKFold(n_splits=args.folds).split(X, y, groups):
            prob[te] = make_model(args).fit(X[tr], y[tr], sample_weight=w[tr]).predict_proba(X[te])[:, 1]
        prob = prob[real]
        for t in sorted({0.3, 0.35, KEEP_THRESHOLD, 0.5}):
            report(f'out-of-fold threshold {t}',
                   *page_f1(page, texts, decide(page, X[real], prob, t, names, drop_reason), gtc, meta))
    if args.write:
        model = make_model(args).fit(X, y, sample_weight=w)
        comment = ['// Generated by tools/train_text_model.py from the WCXB dev split; do not edit by hand.',
                   f'// {args.trees} trees of depth <= {args.depth}, learning rate {args.rate}, no early stopping,'
                   ' seed 7;']
        policy = ['// The decision (rules/chrome.cpp): keep at p >= threshold, or prose in the densest region',
                  '// at this stopword ratio; give back runs of at most smoothed_run dropped blocks between',
                  '// kept ones, those the classifier called one of these reasons.',
                  f'constexpr double text_keep_threshold = {KEEP_THRESHOLD!r};',
                  f'constexpr float text_prose_min_stopwords = {PROSE_MIN_STOPWORDS!r}f;',
                  f'constexpr std::size_t text_smoothed_run = {SMOOTHED_RUN};',
                  f'constexpr reason text_smoothing_gives_back[] = {reasons(GIVES_BACK)};']
        open(args.write, 'w').write(export_table(model, X, 'text', names, policy, comment))


if __name__ == '__main__':
    main()
