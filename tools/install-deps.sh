#!/usr/bin/env bash
# Installs what building and testing pith needs, from Debian's packages.
# Does nothing when everything is already there; uses sudo when not root.
#   tools/install-deps.sh [--train]
# --train adds what tools/train-models.sh needs to retrain the learned models
# (a developer's job, not a build or test dependency).
set -euo pipefail
packages=(
  g++ cmake make pkg-config ca-certificates
  libgumbo-dev      # HTML5 parser
  libre2-dev        # linear-time regular expressions
  libutf8proc-dev   # Unicode normalisation, case folding, categories
  libcli11-dev      # command line flags
  zlib1g-dev        # gzip: .gz inputs and gzip-compressed pages
  libbrotli-dev     # br Content-Encoding in WARC HTTP payloads
  libuchardet-dev   # charset detection for undeclared pages
  nlohmann-json3-dev  # JSON Lines in the CLI, JSON-LD hints in pages
  catch2            # unit tests (v2 on Debian 12)
  python3           # the dev-set scorer and the adversarial test generator
  python3-dev pybind11-dev  # the Python module (python/, PITH_PYTHON)
  python3-pytest    # its tests (tests/python/)
  python3-dask python3-distributed  # pith.dask and its LocalCluster test
  python3-setuptools python3-venv python3-pip  # pip install . in a venv (pyproject.toml, setup.py)
  clang libclang-rt-14-dev  # fuzz/: clang with libFuzzer, ASan, UBSan (PITH_FUZZ=ON)
)
for arg in "$@"; do
  case "$arg" in
    --train) packages+=(python3-sklearn python3-numpy) ;;
    *) echo "install-deps: unknown option $arg (known: --train)" >&2; exit 2 ;;
  esac
done
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "install-deps: installing ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
