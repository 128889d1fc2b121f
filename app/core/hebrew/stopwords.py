"""Hebrew function words, excluded from term statistics, as written and as normalised.

sumy compares each lower-cased word as written with its stop list, so a Hebrew list must carry the
prefixed forms too (ולא, שגם, כשהוא, בזה, מכל): every function word with the conjunction and
relativiser prefixes, and the pronouns, demonstratives and quantifiers also with prepositions.
Final letters are folded in a second copy of each form so `normalize`d words match as well.
"""

from __future__ import annotations

from .chars import fold_finals

_FUNCTION = """
של את על עם אל כי גם לא כל זה זו זאת אלה אלו הוא היא הם הן אני אתה אנחנו אתם אתן יש אין היה היתה
הייתה היו יהיה תהיה יהיו להיות או אם אך אבל רק עוד כבר מאוד כמו בין אחרי לפני תחת מול ליד אצל כדי
למען בגלל לכן אולם אשר שם פה כאן כך כן מה מי איך למה מדוע מתי איפה היכן כאשר כש מן עד ידי בעד נגד
לעבר אותו אותה אותם אותן אותי אותך אותנו לו לה להם להן לי לך לנו לכם בו בה בהם בהן בי בך בנו ממנו
ממנה מהם מהן ממני עליו עליה עליהם עליהן עלי עלינו אליו אליה אליהם אלי אלינו שלו שלה שלהם שלהן שלי
שלך שלנו שלכם אחד אחת שני שתי יותר פחות כמה כלל אף עצמו עצמה עצמם כיוון מכיוון משום לגבי אודות
בלי ללא אפילו אלא אולי כלומר ואילו לעומת מאז בעקבות באמצעות במהלך לאחר עקב הרי שוב עכשיו עתה אז
לפי כפי בתוך מתוך תוך ביותר כזה כזו כאלה כך שכן ככל וכו' וכד' הזה הזו הזאת האלה ההוא ההיא ההם
""".split()
# words that take a preposition in front as a function word too: בזה, לכל, מהם, כזאת
_WITH_PREPOSITIONS = set("זה זו זאת אלה אלו כל הם הן הוא היא אותו אותה עצמו עצמה כך מה מי".split())
_CONJUNCTIONS = ("ו", "ש", "וש", "כש", "וכש")
_PREPOSITIONS = ("ב", "ל", "מ", "כ", "וב", "ול", "ומ", "וכ", "שב", "של", "שמ")

# prefix + function word spellings that are far more often words of their own (the segmenter reads
# them whole): שאלה is "question" before "that these", שפה "language", כהן "Cohen", שלמה "Shlomo"
OWN_WORDS = frozenset("שאלה שאלו שאל שאיפה שפה שמן שמתי שבי שלמה שמאלה כהן כשלו".split())

_forms = set(_FUNCTION)
_forms.update(c + w for c in _CONJUNCTIONS for w in _FUNCTION)
_forms.update(p + w for p in _PREPOSITIONS for w in _WITH_PREPOSITIONS)
_forms -= OWN_WORDS

STOP_WORDS: frozenset[str] = frozenset(_forms | {fold_finals(w) for w in _forms})
