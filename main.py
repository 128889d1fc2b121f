"""Tamtzit entry point: `python main.py [FILE…]`, `python main.py analyze …`, `python main.py batch …`."""

import sys

from app.entry import main

if __name__ == "__main__":
    if getattr(sys, "frozen", False):  # a bundle's batch workers start as this program (Windows, macOS)
        import multiprocessing

        multiprocessing.freeze_support()
    sys.exit(main())
