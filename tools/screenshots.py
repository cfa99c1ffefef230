"""Screenshots of the GUI for the README: docs/main_window.png, edit_form.png, template_dialog.png.

    python tools/screenshots.py [--out docs] [--platform xcb|offscreen]

Without a display, the script runs itself again under ``xvfb-run`` (apt-get install xvfb
fonts-noto-cjk) so that Qt renders with the real xcb platform and a Japanese font; with
``--platform offscreen`` it renders without any X server. The windows show a temporary database
seeded with the guide's example registrations (CrossMall 18 and 47, …); nothing of the user's
own data or settings is read or written.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

JAPANESE_FONTS = ("Noto Sans CJK JP", "Noto Sans JP", "IPAexGothic", "IPAGothic", "TakaoGothic")


def _rerun_under_xvfb(argv: list[str]) -> int | None:
    if os.environ.get("DISPLAY") or os.environ.get("QSM_SCREENSHOTS_INNER"):
        return None
    xvfb_run = shutil.which("xvfb-run")
    if xvfb_run is None:
        print(
            "xvfb-run not found: apt-get install xvfb fonts-noto-cjk (or use --platform offscreen)"
        )
        return 2
    env = dict(os.environ, QSM_SCREENSHOTS_INNER="1")
    command = [xvfb_run, "-a", "-s", "-screen 0 1920x1200x24 -dpi 96", sys.executable, __file__]
    return subprocess.run([*command, *argv], env=env, check=False).returncode


def _seed(db_path: Path) -> dict[str, int]:
    from qsm_desktop.core.db import open_database
    from qsm_desktop.core.registrations import (
        Patch,
        RegistrationInput,
        RegistrationService,
    )

    open_database(db_path)
    service = RegistrationService("tvhasegawa")
    ids = {}
    ids["crossmall_order"] = service.register(
        RegistrationInput(18, "kamochei@example.ne.jp", enabled=False)
    ).registration.id
    ids["crossmall_shipping"] = service.register(
        RegistrationInput(47, "kamochei@pullback.example.jp")
    ).registration.id
    ids["stockgear"] = service.register(
        RegistrationInput(1, "orders@stockgear.example.jp")
    ).registration.id
    from qsm_desktop.core.catalog import find_templates

    for kind in ("order", "cancel_request", "cancelled"):
        [template] = find_templates(kind=kind, group="NextEngine")
        ids[f"nextengine_{kind}"] = service.register(
            RegistrationInput(template.no, "qoo10@nextengine.example.jp")
        ).registration.id
    # 使用 = N: forwarding stopped (the FAQ's answer instead of deleting).
    service.modify(ids["nextengine_cancel_request"], Patch(enabled=False))
    # A seller who edited the title: the form says so and offers the catalog text back.
    RegistrationService("yamada").modify(
        ids["crossmall_order"],
        Patch(enabled=True, title="Qoo10の注文のお知らせです。(注文番号:{$_PACK_NO_$}) 至急"),
    )
    return ids


def _settle(app: object, seconds: float, until: object = None) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        if until is not None and until():  # type: ignore[operator]
            break
        time.sleep(0.01)


def take(out: Path) -> list[Path]:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QFont, QFontDatabase

    import qsm_desktop.gui  # noqa: F401 - applies the PySide6 work-around first
    from qsm_desktop.core.registrations import RegistrationService
    from qsm_desktop.gui.app import application
    from qsm_desktop.gui.main_window import MainWindow
    from qsm_desktop.gui.view_settings import ViewSettings

    app = application()
    families = set(QFontDatabase.families())
    for family in JAPANESE_FONTS:
        if family in families:
            app.setFont(QFont(family, 10))
            break
    else:
        print("warning: no Japanese font found; install fonts-noto-cjk", file=sys.stderr)

    out.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        ids = _seed(Path(tmp) / "screenshots.db")
        window = MainWindow(RegistrationService("tvhasegawa"), ViewSettings())
        window.resize(1680, 1050)
        window.show()
        _settle(app, 1.0, lambda: window.form.placeholder_model.rowCount() > 0)
        window.open_registration(ids["crossmall_order"])
        form = window.form
        form.ui.sampleCombo.setCurrentIndex(max(0, form.ui.sampleCombo.findData("long-memo")))
        _settle(app, 3.0, lambda: not form.preview.pending)
        _settle(app, 0.3)
        path = out / "main_window.png"
        window.grab().save(str(path))
        written.append(path)

        # The edit form on its own, taller, with the registration's history showing.
        window.ui.mainSplitter.setSizes([140, 900])
        form.ui.helperTabs.setCurrentWidget(form.ui.historyTab)
        form.ui.historyTree.expandAll()
        _settle(app, 0.3)
        path = out / "edit_form.png"
        form.grab().save(str(path))
        written.append(path)

        form.browse_template()
        dialog = form.template_dialog
        dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findText("注文情報"))
        dialog.ui.groupCombo.setCurrentIndex(dialog.ui.groupCombo.findText("StockGear Template"))
        dialog.search()
        dialog.ui.templateTable.selectRow(0)
        dialog.resize(980, 360)
        _settle(app, 0.5)
        path = out / "template_dialog.png"
        dialog.grab().save(str(path))
        written.append(path)
        dialog.reject()
        form.reset()
        window.close()
        form.preview.wait_for_worker()
        _settle(app, 0.1)
    return written


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    parser.add_argument("--platform", choices=("xcb", "offscreen"), default="xcb")
    args = parser.parse_args(argv)
    if args.platform == "xcb":
        code = _rerun_under_xvfb(argv)
        if code is not None:
            return code
    os.environ["QT_QPA_PLATFORM"] = args.platform
    for path in take(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
