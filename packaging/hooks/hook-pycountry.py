"""Replaces the contributed pycountry hook, which ships 22 MB of country-name translations.

sumy imports pycountry only to normalise language codes (`pycountry.languages`), which reads the
ISO 639-3 table; the other tables are a few hundred kilobytes and keep the package whole.
"""

from PyInstaller.utils.hooks import collect_data_files, copy_metadata

datas = copy_metadata("pycountry") + collect_data_files("pycountry", includes=["databases/*.json"])
