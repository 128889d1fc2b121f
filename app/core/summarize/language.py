"""The language seam of the summaries: how a word is counted and which words are not counted.

sumy takes a tokenizer, a stemmer and a stop list per language; ours are chosen by the document the
same way. Hebrew is the Hebrew layer's (terms.term and terms.is_stop: function words with their
prefixes); an article that is mostly Latin script (an English report, a pasted English page) is
counted lower-cased, without the English function words — with the Hebrew list it had no stop words
at all, so "the" and "of" decided which sentences were alike.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .terms import is_stop, term

# Function words (articles, pronouns, auxiliaries, prepositions, conjunctions, common adverbs): written
# for Tamtzit, the closed classes of English grammar.
_ENGLISH_STOP = frozenset(
    """
a about above after again against all almost also although always am among an and another any are
around as at be because been before being below between both but by can cannot could did do does doing
done down during each either else even ever every few for from further had has have having he her here
hers herself him himself his how however i if in into is it its itself just least less let like made
make many may me might more most much must my myself neither never no nor not now of off often on once
one only or other others our ours ourselves out over own per perhaps quite rather said same say says
she should since so some still such than that the their theirs them themselves then there these they
this those though through thus to too toward towards under until up upon us very was we were what when
where whether which while who whom whose why will with within without would yet you your yours yourself
yourselves s t d ll m re ve isn aren wasn weren hasn haven hadn doesn don didn won wouldn shouldn couldn
mustn
""".split()
)


def _english_term(word: str) -> str:
    """Lower-cased, a possessive 's taken off: "Minister's" and "minister" are one term."""
    word = word.lower()
    return word[:-2] if word.endswith(("'s", "’s")) and len(word) > 3 else word


def _english_stop(word: str) -> bool:
    return _english_term(word) in _ENGLISH_STOP


@dataclass(frozen=True)
class Language:
    code: str
    term: Callable[[str], str]  # the form a word is counted under (sumy's stemmer seam)
    is_stop: Callable[[str], bool]  # not counted at all (sumy's stop words)
    words: Callable[[str], Sequence[str]] | None = None  # a text's words (sumy's tokenizer seam); None: ours


HEBREW = Language("he", term, is_stop)
ENGLISH = Language("en", _english_term, _english_stop)
LANGUAGES = {language.code: language for language in (HEBREW, ENGLISH)}


def summary_language(code: str) -> Language:
    """The rules for a document whose language (core.direction.text_language) is `code`: English
    for "en", else Hebrew (a text without letters is counted as the reader's own)."""
    return LANGUAGES.get(code, HEBREW)
