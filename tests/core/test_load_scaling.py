"""Loading stays linear on hostile shapes: doubling the input must cost less than three times as much.

A ratio, not a time limit: the best of several CPU-time runs at n and 2n, so a slow or busy machine
moves both figures together. A quadratic path shows a ratio near 4 (the Markdown blockquote loop took
7 s on 195 KB before it was made one pass).
"""


import pytest

from app.core.load import load_bytes
from app.core.loaders.markdown import markdown_to_text
from benchmarks.measure import best_cpu

MAX_RATIO = 3.0


def doubling_ratio(fn, make, n: int) -> float:
    """Time at 2n over time at n, growing n until the smaller run is long enough to measure."""
    while True:
        small = best_cpu(fn, make(n))
        if small >= 0.02 or n > 10**7:
            break
        n *= 2
    return best_cpu(fn, make(2 * n)) / max(small, 1e-9)


MARKDOWN = {
    "nested quotes": lambda n: "> " * n + "x",
    "quote markers without spaces": lambda n: ">" * n + " x",
    "quote lines": lambda n: "> > >\n" * n,
    "spaces before text": lambda n: " " * n + "x",
    "closing hashes": lambda n: "# a" + " #" * n + "x",
    "table rule": lambda n: "|" + " -|" * n + "x",
    "backtick run": lambda n: "a" + "`" * n + "a",
    "open links": lambda n: "[a](" * n,
    "open images": lambda n: "![" * n,
    "open autolinks": lambda n: "<http:" * n,
    "emphasis": lambda n: "a " + "_" * n + "a",
    "front matter without end": lambda n: "---\n" + "a\n" * n,
}


@pytest.mark.parametrize("shape", sorted(MARKDOWN))
def test_markdown_is_linear(shape):
    assert doubling_ratio(markdown_to_text, MARKDOWN[shape], 20_000) < MAX_RATIO
