"""The PySide6 window: displays what the core returns, never computes language results itself."""
