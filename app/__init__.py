"""Tamtzit (תמצית): a Hebrew-first reader that cleans, summarizes and highlights articles."""

__version__ = "0.1.0"
