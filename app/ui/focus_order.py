"""The order Tab walks the window in: the document tabs, the bar above the article, the find bar,
the article, the summary, the names, then the status bar's controls, and round again.

Qt's own order is the order widgets were made and re-parented in: the status bar (made before any
document) came right after the tab bar, and the panes moved below the article in a narrow window
went to the end of the chain, after the status bar. Each part lists its controls in reading order
(`focus_order()`), and the window steps through the list it makes of them at each Tab."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def _takes_tab(w: QWidget) -> bool:
    return w.isVisible() and w.isEnabled() and bool(w.focusPolicy() & Qt.TabFocus)


def next_in(order: Sequence[QWidget], current: QWidget | None, forward: bool = True) -> QWidget | None:
    """The control Tab (Shift+Tab when not `forward`) goes to from `current` (or from a widget
    inside one of `order`, a spin box's editor): the next one that is shown, enabled and takes
    Tab, round from the last to the first; None when `current` is not one of them."""
    at = next((i for i, w in enumerate(order) if current is not None and (w is current or w.isAncestorOf(current))), None)
    if at is None:
        return None
    step = 1 if forward else -1
    for k in range(1, len(order) + 1):
        w = order[(at + step * k) % len(order)]
        if _takes_tab(w):
            return w
    return None
