"""Start the window: parse GUI arguments, paint first, analyse after."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ..resources import resource_path
from . import single_instance


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="tamtzit", description="Tamtzit, a Hebrew reader")
    parser.add_argument("files", nargs="*", help="text files to open")
    parser.add_argument("--screenshot", metavar="OUT.png", help="render the window to a PNG and exit")
    return parser.parse_args(argv)


def run_gui(argv: list[str]) -> int:
    args = parse_args(argv)
    single = not args.screenshot  # a screenshot run is a batch job, never the user's window
    if single and single_instance.hand_over(args.files):
        return 0  # the running Tamtzit opened them
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Tamtzit")
    app.setDesktopFileName("tamtzit")  # the desktop matches our windows to tamtzit.desktop
    app.setWindowIcon(QIcon(str(resource_path("icons", "tamtzit.svg"))))
    from .main_window import MainWindow

    window = MainWindow()
    if single and not single_instance.serve(window, args.files):
        return 0
    window.show()
    for path in args.files:
        QTimer.singleShot(0, lambda p=path: window.open_path(p))
    if args.screenshot:
        out = args.screenshot

        def save(_analysis=None) -> None:
            window.grab().save(out)
            app.quit()

        window.analysis_ready.connect(lambda a: QTimer.singleShot(50, save))
        QTimer.singleShot(30000 if args.files else 500, save)
    return app.exec()
