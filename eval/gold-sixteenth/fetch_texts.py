"""Fetches the twelve Lee background stories of this gold into texts/lee_bg_NNN.txt (NNN: the 0-based line of
gensim's test_data/lee_background.cor). The story texts are ABC copyright and are not committed (texts/ is in
.gitignore); they ship inside the gensim wheel on PyPI, so this script downloads that one pinned wheel with pip,
checks its sha256 and the sha256 of the corpus file inside it, and writes each chosen line (stripped, plus a
newline, UTF-8: the form of shared/corpus/world_politics/lee_NNN.txt). Idempotent: files already present with
the right content are left alone, and nothing is downloaded when all twelve are there.
Usage (any directory): python3 eval/gold-sixteenth/fetch_texts.py [--cor PATH/TO/lee_background.cor]"""
import argparse
import glob
import hashlib
import os
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, "texts")
LINES = (75, 86, 102, 131, 133, 145, 156, 162, 249, 265, 267, 268)
# The exact wheel pip picks for CPython 3.11 on x86-64 Linux; the platform flags below make every host fetch it.
WHEEL = "gensim-4.3.3-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl"
WHEEL_SHA256 = "d662bf96e3d741b6ab61a54be842a7cbf5e45193008b2f4225c758cafd7f9cdc"
COR = "gensim/test/test_data/lee_background.cor"
COR_SHA256 = "5d78d6dafd953bbf65797bef09a9ffb9ec430583381be705f8fd460000f370fb"
PIP_ARGS = ["download", "--no-deps", "--only-binary=:all:", "--platform", "manylinux_2_17_x86_64",
            "--python-version", "3.11", "--implementation", "cp", "--abi", "cp311", "gensim==4.3.3"]


def sha256(data):
    return hashlib.sha256(data).hexdigest()


def path_of(n):
    return os.path.join(TEXTS, f"lee_bg_{n:03d}.txt")


def all_present():
    return all(os.path.exists(path_of(n)) for n in LINES)


def cor_from_wheel():
    """The corpus file's bytes, read from the pinned wheel downloaded into a temporary folder."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", *PIP_ARGS, "-d", tmp], check=True, stdout=sys.stderr)
        found = glob.glob(os.path.join(tmp, "*.whl"))
        if [os.path.basename(f) for f in found] != [WHEEL]:
            sys.exit(f"unexpected download: {found}")
        data = open(found[0], "rb").read()
        if sha256(data) != WHEEL_SHA256:
            sys.exit(f"wheel sha256 mismatch: {sha256(data)}")
        return zipfile.ZipFile(found[0]).read(COR)


def write_texts(cor):
    if sha256(cor) != COR_SHA256:
        sys.exit(f"lee_background.cor sha256 mismatch: {sha256(cor)}")
    stories = cor.decode("utf-8").split("\n")
    assert len(stories) == 300, len(stories)
    os.makedirs(TEXTS, exist_ok=True)
    for n in LINES:
        text = stories[n].strip() + "\n"
        p = path_of(n)
        if os.path.exists(p) and open(p, encoding="utf-8").read() == text:
            continue
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(text)
        print("wrote", os.path.relpath(p))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cor", help="a local lee_background.cor (checked against the pinned sha256)")
    ap.add_argument("--force", action="store_true", help="re-read the corpus even if every text is present")
    args = ap.parse_args()
    if all_present() and not args.force and not args.cor:
        print(f"all {len(LINES)} texts present in {os.path.relpath(TEXTS)}")
        return
    write_texts(open(args.cor, "rb").read() if args.cor else cor_from_wheel())


if __name__ == "__main__":
    main()
