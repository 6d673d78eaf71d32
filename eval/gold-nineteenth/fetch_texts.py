"""Fetches the five Lee background stories of this gold into texts/lee_bg_NNN.txt (NNN: the 0-based line of
gensim's test_data/lee_background.cor). The code is eval/gold-sixteenth/fetch_texts.py, imported (not copied)
with its LINES and TEXTS replaced by this gold's: the same pinned gensim 4.3.3 wheel and sha256 checks, the same
file form (the line stripped, plus a newline, UTF-8), the same idempotence and the same options.
Usage (any directory): python3 eval/gold-nineteenth/fetch_texts.py [--cor PATH/TO/lee_background.cor] [--force]"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_authoring import lee_fetcher  # noqa: E402

LINES = (50, 81, 143, 151, 214)


if __name__ == "__main__":
    lee_fetcher(HERE, LINES).main()
