"""What the sumy methods choose from: a question or an exclamation is read with the sentence after it.

News writers ask and then answer ("אז מי אישר את הטיסות? ועדה שלא הוקמה מעולם.") or exclaim and
go on ("די לשתיקה! על הוועדה לפרסם את הדוח."). Shown alone, the question tells the reader nothing, and
the answer alone does not say what it answers. So for the eight sumy methods a sentence ending in
"?" or "!" — or a run of them — is one unit with the next sentence of its paragraph (at most
MAX_UNIT sentences), and a question with nothing after it in its paragraph is not offered at all.
The summary shows, lists and highlights the unit as one item (`SummaryItem.last`).

Why the sumy methods only: plain sumy's Hebrew tokenizer splits only at ". ", so its "sentences"
already hold a question with its answer; with ours split apart, LSA and Edmundson picked worse than
plain sumy's same method on the HeSum dev news (docs/quality.md, "Sumy methods against plain
sumy"; the rule was chosen there by k-fold CV). The news method has its own rule for an opening
question (news.lead_statement) and its weights were fitted on sentences; on these units it scored
lower in nested cross-validation, so it keeps sentences.
"""

from __future__ import annotations

from collections.abc import Sequence

from .document import Sentence
from .hebrew.sentences import QUESTION_MARKS, question_end, sentence_end

# A unit holds at most this many sentences: five questions and their answer (the longest run in the
# HeSum dev articles is five). A longer run is a list of questions, not a question and its answer,
# and without a bound a page of questions on one line would become one "sentence" (and summary).
MAX_UNIT = 6
_GOES_ON = sentence_end(QUESTION_MARKS)  # ends in "?" or "!": read on into the next sentence
_ASKS = question_end()


def asks(text: str, sentence: Sentence) -> bool:
    """Whether the sentence (or unit) ends as a question: a unit that does has no answer."""
    return _ASKS.search(text, sentence.start, sentence.end) is not None


def read_together(text: str, sentences: Sequence[Sentence]) -> list[tuple[int, int]]:
    """(first, last) sentence indices of each unit, in order, covering every sentence once."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(sentences)
    while i < n:
        first = i
        while (
            i + 1 < n
            and i + 1 - first < MAX_UNIT
            and sentences[i + 1].paragraph == sentences[first].paragraph
            and _GOES_ON.search(text, sentences[i].start, sentences[i].end)
        ):
            i += 1
        out.append((first, i))
        i += 1
    return out


def unit_sentence(sentences: Sequence[Sentence], first: int, last: int) -> Sentence:
    """The unit as one sentence: from the first one's start to the last one's end."""
    a, b = sentences[first], sentences[last]
    return a if first == last else Sentence(a.start, b.end, a.paragraph, a.role)
