"""Bidi controls inside article text cannot leak into what surrounds it."""

from hypothesis import given
from hypothesis import strategies as st

from app.core.safe_text import BIDI_CONTROLS, balance_bidi, isolate, strip_bidi, visible_controls

OPEN = "\u202a\u202b\u202d\u202e\u2066\u2067\u2068"


def leaks(text: str) -> bool:
    """True when, read as the Unicode bidi algorithm pairs them, `text` leaves something open
    or closes something it did not open."""
    stack = []
    for c in text:
        if c in OPEN:
            stack.append("I" if c in "\u2066\u2067\u2068" else "E")
        elif c == "\u202c":
            if not stack or stack[-1] != "E":
                return True
            stack.pop()
        elif c == "\u2069":
            if "I" not in stack:
                return True
            while stack.pop() != "I":
                pass
    return bool(stack)


def test_plain_text_is_untouched():
    assert isolate("שלום (עולם) 1. hello") == "שלום (עולם) 1. hello"


def test_an_unclosed_override_is_closed_and_a_stray_pdi_dropped():
    assert balance_bidi("א\u202eב") == "א\u202eב\u202c"
    assert balance_bidi("א\u2069\u202eב") == "א\u202eב\u202c"
    assert isolate("\u2067x") == "\u2068\u2067x\u2069\u2069"


@given(st.text(alphabet=st.sampled_from(sorted(BIDI_CONTROLS) + list("אב a."))))
def test_isolated_text_never_leaks(text):
    out = isolate(text)
    assert not leaks(out)
    assert strip_bidi(out) == strip_bidi(text)  # the words themselves are all kept


def test_controls_become_pictures():
    assert visible_controls("a\x1b[2Jb\tc\x9b") == "a␛[2Jb\tc\ufffd"
