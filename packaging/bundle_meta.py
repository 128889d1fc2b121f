"""What the bundle says about itself, in one place: name, version, Windows version resource, macOS Info.plist.

Read by the PyInstaller spec and by tests; the version comes from pyproject.toml so a release bumps
one line.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "Tamtzit"
EXE = "tamtzit"
BUNDLE_ID = "org.tamtzit.Tamtzit"
DESCRIPTION = "Hebrew reader that cleans, summarizes and highlights articles"
COPYRIGHT = "Copyright © the Tamtzit authors, MIT licence"
MARKDOWN_UTI = "net.daringfireball.markdown"


def version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as f:
        return tomllib.load(f)["project"]["version"]


def version_tuple(text: str | None = None) -> tuple[int, int, int, int]:
    """Windows wants four 16-bit numbers: "0.1.0" → (0, 1, 0, 0); pre-release tags are dropped."""
    numbers = [int(m.group()) if (m := re.match(r"\d+", part)) else 0 for part in (text or version()).split(".")]
    return tuple((numbers + [0, 0, 0, 0])[:4])


def windows_version_file() -> str:
    """The exe's version resource (Explorer's Properties → Details, and the name in "Open with").

    In PyInstaller's version-file syntax (what its grab_version utility writes), evaluated by
    PyInstaller on Windows; as text it can be written and checked on any system.
    """
    numbers = version_tuple()
    strings = {
        "CompanyName": "Tamtzit",
        "FileDescription": NAME,  # Windows shows this as the app's name in "Open with"
        "FileVersion": version(),
        "InternalName": EXE,
        "LegalCopyright": COPYRIGHT,
        "OriginalFilename": f"{EXE}.exe",
        "ProductName": NAME,
        "ProductVersion": version(),
        "Comments": DESCRIPTION,
    }
    table = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('040904B0', [
{table}
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x0409, 1200])])
  ]
)
"""


def info_plist() -> dict:
    """Info.plist keys beyond PyInstaller's defaults: the file types Finder may open with Tamtzit."""
    return {
        "CFBundleName": NAME,
        "CFBundleDisplayName": NAME,
        "CFBundleShortVersionString": version(),
        "CFBundleVersion": version(),
        "CFBundleDevelopmentRegion": "he",
        "CFBundleLocalizations": ["he", "en"],
        "NSHumanReadableCopyright": COPYRIGHT,
        "NSHighResolutionCapable": True,
        "LSApplicationCategoryType": "public.app-category.productivity",
        "LSMinimumSystemVersion": "11.0",
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": "Plain text",
                "CFBundleTypeRole": "Viewer",
                "LSHandlerRank": "Alternate",  # offered in "Open With", never steals the default
                "LSItemContentTypes": ["public.plain-text", "public.utf8-plain-text", "public.text"],
            },
            {
                "CFBundleTypeName": "Markdown",
                "CFBundleTypeRole": "Viewer",
                "LSHandlerRank": "Alternate",
                "LSItemContentTypes": [MARKDOWN_UTI],
            },
        ],
        # Markdown has no system UTI before macOS 15: declare it (imported, so a real owner wins).
        "UTImportedTypeDeclarations": [
            {
                "UTTypeIdentifier": MARKDOWN_UTI,
                "UTTypeDescription": "Markdown document",
                "UTTypeConformsTo": ["public.plain-text"],
                "UTTypeTagSpecification": {
                    "public.filename-extension": ["md", "markdown"],
                    "public.mime-type": ["text/markdown"],
                },
            }
        ],
    }
