"""Tamtzit (תמצית): a Hebrew-first reader that cleans, summarizes and highlights articles."""

__version__ = "0.1.0"


def __getattr__(name: str):
    """`from app import analyze_text` (app/api.py), loaded on first use: the window does not need it."""
    if name in ("analyze_text", "analyze_file"):
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
