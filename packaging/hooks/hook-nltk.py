"""Replaces the contributed nltk hook, which copies every nltk_data folder on the build machine.

Tamtzit's Hebrew tokenizer and stemmer never ask nltk for corpora or punkt models, so the bundle
carries only the VERSION file nltk reads on import and stays the same whatever the builder installed.
"""

from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files("nltk", includes=["VERSION"])
