#!/usr/bin/env python3
"""Quality gate: pith --html on a fixed list of pages of a shared dataset,
scored with the shared scorer; fails when the score falls below the floor.

    quality_gate.py PITH SHARED_DIR IDS_FILE FLOOR [DATASET]

DATASET is wcxb-dev (the default; word F1 against the references) or
raw-pages (snippet F1: must / must-not snippets on pages as crawled).
Exits 77 (reported by ctest as skipped) when SHARED_DIR/datasets/DATASET is
absent, so a user with only the project still gets a passing test run.
The floor is set just under what was reached; lowering it needs a reason
written in the issue.
"""
import json
import os
import subprocess
import sys
import tempfile


def main():
    pith, shared, ids_file, floor = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
    name = sys.argv[5] if len(sys.argv) > 5 else 'wcxb-dev'
    dataset = os.path.abspath(os.path.join(shared, 'datasets', name))
    scorer = os.path.join(shared, 'eval', 'score.py')
    if not os.path.isdir(dataset) or not os.path.isfile(scorer):
        print('quality gate skipped: %s not found' % dataset)
        return 77
    ids = [line.strip() for line in open(ids_file) if line.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        # A dataset of just these pages: their ground truth and metadata.
        sub = os.path.join(tmp, 'dataset')
        if name == 'raw-pages':
            os.makedirs(sub)
            truth = json.load(open(os.path.join(dataset, 'ground-truth.json')))
            json.dump({i: truth[i] for i in ids}, open(os.path.join(sub, 'ground-truth.json'), 'w'))
        else:
            os.makedirs(os.path.join(sub, 'ground-truth'))
            for i in ids:
                os.symlink(os.path.join(dataset, 'ground-truth', i + '.json'),
                           os.path.join(sub, 'ground-truth', i + '.json'))
            meta = json.load(open(os.path.join(dataset, 'metadata.json')))
            meta['files'] = {i: meta['files'][i] for i in ids}
            json.dump(meta, open(os.path.join(sub, 'metadata.json'), 'w'))
        pred = os.path.join(tmp, 'pred')
        os.makedirs(pred)
        for i in ids:
            page = os.path.join(dataset, 'html', i + '.html.gz')
            with open(os.path.join(pred, i + '.txt'), 'wb') as out:
                subprocess.run([pith, '--html', page], stdout=out, stderr=subprocess.DEVNULL, check=False)
        res = subprocess.run([sys.executable, scorer, '--dataset', sub, '--pred', pred, '--json'],
                             capture_output=True, text=True, check=True)
        score = json.loads(res.stdout)
    metric = 'snippets' if name == 'raw-pages' else 'word'
    f1 = score['overall'][metric]['f1']
    print('quality gate: %s %s F1 %.4f on %d pages (floor %.4f)' % (name, metric, f1, len(ids), floor))
    return 0 if f1 >= floor else 1


if __name__ == '__main__':
    sys.exit(main())
