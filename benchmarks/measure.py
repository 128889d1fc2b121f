"""Helpers the benchmarks and the scaling tests share, so each is written once: the best CPU time of
a few runs, and ZIP packages (.docx, .odt) whose members may be streamed through the compressor."""

from __future__ import annotations

import io
import time
import zipfile
from collections.abc import Callable


def best_cpu(fn: Callable, *args, runs: int = 5) -> float:
    """Best CPU time of `runs` calls of fn(*args): on a shared machine wall time measures the neighbours."""
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        fn(*args)
        best = min(best, time.process_time() - start)
    return best


def zip_package(files: dict[str, bytes | list[tuple[bytes, int]]]) -> bytes:
    """A ZIP of `files` in order; a list of (chunk, repeat) is streamed through the compressor, so a
    bomb costs no memory to make."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            if isinstance(data, list):
                info = zipfile.ZipInfo(name)
                info.compress_type = zipfile.ZIP_DEFLATED
                with z.open(info, "w", force_zip64=True) as f:
                    for chunk, repeat in data:
                        for _ in range(repeat):
                            f.write(chunk)
            else:
                z.writestr(name, data)
    return buf.getvalue()
