"""Our tokenizer through sumy's own seams: its document model, its summarizers and its stop-word test."""

import subprocess
import sys

from app.core.hebrew.stopwords import STOP_WORDS
from app.core.hebrew.prefixes import normalize
from app.core.hebrew.tokenizer import HebrewTokenizer


def test_sumy_sentences_and_words_come_from_our_layer(seed_text):
    from sumy.models.dom import Sentence

    tokenizer = HebrewTokenizer()
    sentences = tokenizer.to_sentences(seed_text)
    assert sentences[0] == "לראשונה מאז הפלת המטוס :  נתניהו יגיע לקרמלין לפגישה עם פוטין"
    words = [w for s in sentences for w in Sentence(s, tokenizer).words]
    assert "ב-21" in words and "100" in words


def test_prefixed_forms_are_one_term_for_sumy():
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.summarizers.sum_basic import SumBasicSummarizer

    tokenizer = HebrewTokenizer()
    texts = ["הכנסת אישרה את החוק בישראל.", "החוק החדש נכנס לתוקף לישראל.", "מזג האוויר נאה מאוד היום."]
    document = ObjectDocumentModel([Paragraph([Sentence(t, tokenizer) for t in texts])])
    summarizer = SumBasicSummarizer(normalize)  # the stemmer seam
    summarizer.stop_words = STOP_WORDS
    terms = summarizer._get_all_content_words_in_doc(document.sentences)
    assert terms.count("ישראל") == 2 and terms.count("חוק") == 2
    assert "של" not in terms and "את" not in terms
    assert [str(s) for s in summarizer(document, 1)] == [texts[0]]


def test_importing_the_layer_prints_nothing():
    code = "import app.core.hebrew.tokenizer, app.core.hebrew.stopwords; print('ok')"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout == "ok\n"
