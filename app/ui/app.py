"""Start the window: parse GUI arguments, paint first, analyse after."""

from __future__ import annotations

import argparse
import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ..arguments import OneLineParser, window_size, writable_png
from ..core.safe_text import visible_controls
from ..resources import resource_path
from ..settings import Settings, load_settings, setup_logging
from . import single_instance


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = OneLineParser(prog="tamtzit", description="Tamtzit, a Hebrew reader")
    parser.add_argument("files", nargs="*", help="text files to open")
    parser.add_argument("--screenshot", type=writable_png, metavar="OUT.png", help="render the window with FILE analysed to a PNG and exit")
    parser.add_argument("--theme", choices=("system", "light", "dark", "sepia"), help="override the saved theme")
    parser.add_argument("--lang", choices=("he", "en"), help="override the interface language")
    parser.add_argument("--size", type=window_size, metavar="WxH", help="window size, e.g. 1280x820 (screenshots)")
    return parser.parse_args(argv)


def run_gui(argv: list[str]) -> int:
    args = parse_args(argv)
    screenshot = bool(args.screenshot)  # a batch job: never the user's window, settings or socket
    if not screenshot and single_instance.hand_over(args.files):
        return 0  # the running Tamtzit opened them
    setup_logging()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Tamtzit")
    app.setDesktopFileName("tamtzit")  # the desktop matches our windows to tamtzit.desktop
    app.setWindowIcon(QIcon(str(resource_path("icons", "tamtzit.svg"))))
    from . import i18n
    from .main_window import MainWindow

    settings = Settings() if screenshot else load_settings()
    settings.theme = args.theme or settings.theme
    settings.language = args.lang or settings.language
    i18n.install(app, settings.language)
    window = MainWindow(settings, persist=not screenshot)
    if not screenshot and not single_instance.serve(window, args.files):
        return 0
    if args.size:
        window.resize(*args.size)
    files = args.files
    if not files and settings.reopen and not screenshot:
        files = [p for p in settings.open_files if os.path.isfile(p)]
    window.open_paths(files)
    if settings.reopen and not screenshot:
        window.restore_pasted()
    window.show()
    if screenshot:
        _screenshot_when_ready(app, window, args.screenshot)
    return app.exec()


def _screenshot_when_ready(app: QApplication, window, out: str) -> None:
    def save() -> None:
        if window.grab().save(out):
            app.quit()
        else:  # the folder was checked at start; a full disk or a vanished folder still fails here
            print(f"tamtzit: could not write the screenshot to {visible_controls(out)}", file=sys.stderr)
            app.exit(3)

    if window.document is not None and window.document.busy:
        window.analysis_ready.connect(lambda _a: QTimer.singleShot(100, save))
        window.document.failed.connect(lambda _m: QTimer.singleShot(100, save))
        window.document.load_failed.connect(lambda _m: QTimer.singleShot(100, save))
        QTimer.singleShot(60000, save)
    else:
        QTimer.singleShot(300, save)
