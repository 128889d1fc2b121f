"""Tamtzit entry point: `python main.py [FILE…]`, `python main.py analyze …`."""

import sys

from app.entry import main

if __name__ == "__main__":
    sys.exit(main())
