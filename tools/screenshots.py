"""Screenshots of the GUI for the README and docs/gui.md, all made from one seeded database.

    python tools/screenshots.py [--language ja|en] [--out DIR] [--platform xcb|offscreen]

Writes, in ``--out`` (default for Japanese resources/help/images/ja/: the in-app manual shows
them, the README and docs/gui.md link to them; for English docs/screenshots/en/, the same
screens with the app in English — the seeded data, the seller's own, stays Japanese):

- main_window.png: お知らせ設定データ — the grid (a 使用 = N row among them), the edit form open on
  a registration, the live preview;
- edit_form.png: the edit form alone, with the registration's history;
- template_dialog.png: 【参照】 (テンプレートの選択) with a 連動会社 chosen: its group searched;
- company_switch.png: the edit form after 【参照】 → another company's template → 【Confirm】: the
  word beside 送信先 that it is still the previous company's address;
- companies.png: ツール > 連動会社一覧, one company selected with its sources;
- setup_check.png: 設定チェック — the coverage matrix and the findings of a setup with real
  problems;
- checklist.png: QSMへの反映 — the changes still to make in J・QSM, one selected;
- replace_address.png: 送信先の一括変更 after 【プレビュー】;
- qsm_import.png: QSMから読み込み after pasting the guide's grid and 【プレビュー】;
- products.png: 商品/在庫 — a small GoodsList.csv + gridInventory, options open, link check;
- restore_dialog.png: ファイル >「バックアップから復元…」 with the backups the session took;
- connect_dialog.png: ファイル >「共有データベースに接続…」, the server asking for a password;
- move_dialog.png: ファイル >「共有データベースへ移す…」 while it copies (table 5 of 9);
- password_prompt.png: the password a shared database asks for when libpq found none.

Without a display, the script runs itself again under ``xvfb-run`` (apt-get install xvfb
fonts-noto-cjk) so that Qt renders with the real xcb platform and a Japanese font; with
``--platform offscreen`` it renders without any X server. Everything lives in a temporary
folder — the database, the product CSVs and the window layout (QSettings) — and is seeded through
the core's public functions only: the seller's QSM grid read in (``apply_qsm_import``), changes
made offline (``RegistrationService.register`` / ``modify``), one checklist item ticked
(``tick``) and the product files imported (``import_files``). Nothing of the user's own data or
settings is read or written.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

JAPANESE_FONTS = ("Noto Sans CJK JP", "Noto Sans JP", "IPAexGothic", "IPAGothic", "TakaoGothic")
# Latin text in a Latin UI font, Japanese in the Japanese one (as a Linux desktop renders it).
# The views measure their columns' text in whatever font they get (gui/table_look.py), so a
# CJK font alone (as on a Japanese Windows) lays out the same, only a little narrower.
LATIN_FONTS = ("DejaVu Sans", "Liberation Sans", "Noto Sans", "Arial")
FONT_POINTS = 10
WINDOW_SIZE = (1400, 860)
OPERATOR = "tvhasegawa"  # the operator of the guide's screens
TIMEOUT = 20.0  # seconds to wait for a worker (check, preview, product search) before giving up

# The seller's お知らせ設定データ as J・QSM shows it, copied from the browser and read in with
# 「QSMから読み込み」 before working offline: CrossMall for the order mails (the guide's rows),
# StockGear for one shop, and NextEngine since a company switch — which left CrossMall's
# キャンセル要請 on NextEngine's address.
NEXTENGINE = "qoo10@ne-mail.example.jp"
NEXTENGINE_NEW = "qoo10@ne-mail2.example.jp"  # its address after their maintenance
STOCKGEAR = "stock@stockgear.example.jp"
_SELLER_ROWS = (
    # no, カテゴリ, group, name as the grid cuts it, 送信先, 使用, 待機, 登録日
    (18, "注文情報", "CrossMall", "CrossMall Order - G", "kamochei@ybb.ne.jp", "Y", "N",
     "2015-04-17 15:38"),
    (47, "配送要請", "CrossMall", "CrossMall Transpor", "kamochei@pullback.co.jp", "Y", "N",
     "2015-08-20 16:51"),
    (1, "注文情報", "StockGear", "StockGear Order - 注", STOCKGEAR, "Y", "N", "2019-03-02 10:12"),
    (6, "注文情報", "NextEngine", "NextEngine Order - 注", NEXTENGINE, "Y", "N",
     "2021-06-11 09:40"),
    (7, "配送要請", "NextEngine", "NextEngine Transport", NEXTENGINE, "Y", "Y",
     "2021-06-11 09:42"),
    (9, "キャンセル要請", "NextEngine", "NextEngine CancelRe", NEXTENGINE, "Y", "N",
     "2021-06-11 09:44"),
    (10, "キャンセル完了", "NextEngine", "NextEngine Cancel -", NEXTENGINE, "Y", "N",
     "2021-06-11 09:45"),
    (12, "キャンセル要請", "CrossMall", "CrossMall CancelReq", NEXTENGINE, "Y", "N",
     "2021-06-11 09:51"),
)  # fmt: skip
GRID_HEADER = (
    "テンプレート番号\tカテゴリ\tテンプレートグループ名\tテンプレート名\t送信タイプ\t送信先\t"
    "使用(Y/N)\t待機(Y/N)\t登録者\t登録日\t修正者\n"
)
SELLER_GRID = GRID_HEADER + "".join(
    f"{no}\t{category}\t{group} Template\t[Email] {name}\tEMAIL\t{destination}\t{enabled}\t"
    f"{standby}\t{OPERATOR}\t{created}\t{OPERATOR}\n"
    for no, category, group, name, destination, enabled, standby, created in _SELLER_ROWS
)

# The grid on the guide's page 「連動会社の変更」 (外部システム連動), copied verbatim: its title
# row, a header without 登録者 over rows that have one, CrossMail for CrossMall, the cut names …
GUIDE_GRID = (
    "お知らせ設定データ\t\t\t\t\t\t\t\t\t\t\n"
    "テンプレート番号\tカテゴリ\tテンプレートグループ名\tテンプレート名\t送信タイプ\t送信先\t"
    "使用(Y/N)\t待機(Y/N)\t登録日\t更新日\t修正者\n"
    "18\t注文情報\tCrossMail Template\t[Email] CrossMail Order - G EMAIL\t\tkamochei@ybb.ne.jp\t"
    "N\tN\ttvhasegawa\t2015-04-17 15:38\ttvhasegawa\n"
    "47\t配送要請\tCrossMail Template\t[Email] CrossMail Transpor EMAIL\t\t"
    "kamochei@pullback.co.jp\tY\tN\ttvhasegawa\t2015-08-20 16:51\ttvhasegawa\n"
)
# … and the selection dragged one line too far, into the form under the grid (as the guide
# shows it): a line that is not imported.
GUIDE_PASTE = (
    GUIDE_GRID
    + "テンプレート\t注文情報\tEMAIL\tCrossMail Template\t[Email] CrossMail Order - Group\t参照\n"
)

# A typo in a placeholder name (RECIEVER): the setup check's 「知らない差し込み項目」.
TYPO = "{$_RECIEVER_TEL_NO_$}"
ADDED_BODY_LINES = f"お届け先:{{$_RECEIVER_NM_$}} 様\nお届け先電話番号:{TYPO}\n"
URGENT_TITLE = "Qoo10の注文のお知らせです。(注文番号:{$_PACK_NO_$}) 至急"


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


# -- the seeded data -------------------------------------------------------------------------------


def _seed_registrations() -> dict[str, int]:
    """The seller's QSM read in, then a few changes made offline (the checklist's items)."""
    from qsm_desktop.core.catalog import get_template
    from qsm_desktop.core.registrations import Patch, RegistrationInput, RegistrationService
    from qsm_desktop.core.safety import apply_qsm_import, build_checklist, tick

    service = RegistrationService(OPERATOR)
    result = apply_qsm_import(service, SELLER_GRID)
    if result.plan.problems:
        raise RuntimeError(f"the seller's grid did not import: {result.plan.problems}")
    by_no = {reg.template_no: reg.id for reg in result.report.registrations}
    ids = {
        "crossmall_order": by_no[18],
        "crossmall_shipping": by_no[47],
        "nextengine_order": by_no[6],
    }
    # Offline: StockGear's cancel mails registered (the first already done in QSM and ticked) …
    first = service.register(RegistrationInput(4, STOCKGEAR)).registration.id
    service.register(RegistrationInput(5, STOCKGEAR))
    # … CrossMall's 配送要請 stopped (使用 = N: the FAQ's answer instead of deleting) …
    service.modify(ids["crossmall_shipping"], Patch(enabled=False))
    # … a colleague's edited title (the form offers the catalog text back) …
    RegistrationService("yamada").modify(ids["crossmall_order"], Patch(title=URGENT_TITLE))
    # … and two lines added to NextEngine's order mail, one with a mistyped placeholder.
    body = get_template(6).body.replace("【配送】\n", "【配送】\n" + ADDED_BODY_LINES, 1)
    service.modify(ids["nextengine_order"], Patch(body=body))
    [done] = [item for item in build_checklist().items if item.registration_id == first]
    tick(done)
    return ids


def _write_product_csvs(folder: Path) -> list[Path]:
    """GoodsList.csv (Shift_JIS) and gridInventory (UTF-8 with BOM) with a few link-check finds.

    半角括弧 in a name and in option details, a 終了日 after 2030/12/31 23:59, a 販売者コード
    used twice and a 数量 that is not the sum of its options.
    """
    sys.path.insert(0, str(ROOT / "tests"))
    from products_fixtures import goods_file, goods_row, inventory_file, option_row

    end = "2030/12/31 23:59"
    goods = goods_file(
        folder / "GoodsList.csv",
        goods_row("1001234567", "TS-BASIC", "ベーシック半袖Tシャツ 綿100%", "1,980", "990",
                  "198", "120", "0", "無料", end),
        goods_row("1001234568", "TS-LONG-K", "長袖Tシャツ(キッズ用) 110～150cm", "2,480",
                  "1240", "248", "45", "0", "無料", end),
        goods_row("1001234569", "MUG-CAT", "ねこ柄マグカップ 350ml 電子レンジ対応", "1,280",
                  "640", "128", "30", "550", "有料", "2031/03/31 23:59"),
        goods_row("1001234570", "TOWEL-SET", "今治タオル ギフトセット【化粧箱入り】", "3,300",
                  "1650", "330", "18", "0", "無料", end),
        goods_row("1001234571", "BAG-ECO", "折りたたみエコバッグ 大容量", "880", "440", "88",
                  "200", "220", "有料", "2030/06/30 23:59"),
        goods_row("1001234572", "SOCKS-3P", "靴下 3足セット 抗菌防臭", "990", "495", "99",
                  "75", "0", "無料", end),
        goods_row("1001234573", "TS-BASIC", "ベーシック半袖Tシャツ 2枚組", "3,480", "1740",
                  "348", "20", "0", "無料", end),
        goods_row("1001234574", "CAP-DENIM", "デニムキャップ ユニセックス", "2,750", "1375",
                  "275", "12", "0", "無料", end),
    )  # fmt: skip

    def combination(item_no: str, code: str, option: str, detail: str, option2: str = "",
                    detail2: str = "", price: str = "0", quantity: str = "0",
                    option_code: str = "") -> list[str]:  # fmt: skip
        return option_row(item_no, code, "組合型", option, detail, option2, detail2, "", "",
                          price, quantity, option_code, "N")  # fmt: skip

    inventory = inventory_file(
        folder / "InventoryManagement_gridInventory.csv",
        combination("1001234567", "TS-BASIC", "カラー", "ホワイト", "サイズ", "M",
                    quantity="40", option_code="TSB-WH-M"),
        combination("1001234567", "TS-BASIC", "カラー", "ホワイト", "サイズ", "L",
                    quantity="30", option_code="TSB-WH-L"),
        combination("1001234567", "TS-BASIC", "カラー", "ネイビー", "サイズ", "M",
                    quantity="25", option_code="TSB-NV-M"),
        combination("1001234567", "TS-BASIC", "カラー", "ネイビー", "サイズ", "XL",
                    price="200", quantity="25", option_code="TSB-NV-XL"),
        combination("1001234568", "TS-LONG-K", "サイズ", "110(cm)", quantity="15",
                    option_code="TLK-110"),
        combination("1001234568", "TS-LONG-K", "サイズ", "130(cm)", quantity="15",
                    option_code="TLK-130"),
        combination("1001234568", "TS-LONG-K", "サイズ", "150(cm)", price="100",
                    quantity="15", option_code="TLK-150"),
        combination("1001234569", "MUG-CAT", "柄", "しろねこ", quantity="12",
                    option_code="MUG-W"),
        combination("1001234569", "MUG-CAT", "柄", "くろねこ", quantity="10",
                    option_code="MUG-B"),
        option_row("1001234570", "TOWEL-SET", "追加型", "ラッピング", "のし・包装あり", "", "",
                   "", "", "220", "18", "", "N"),
        combination("1001234572", "SOCKS-3P", "サイズ", "23-25cm", quantity="40",
                    option_code="SOX-S"),
        combination("1001234572", "SOCKS-3P", "サイズ", "25-27cm", quantity="35",
                    option_code="SOX-L"),
        encoding="utf-8-sig",
    )  # fmt: skip
    return [goods, inventory]


# -- waiting for Qt --------------------------------------------------------------------------------


def _settle(seconds: float, until: Callable[[], object] | None = None) -> bool:
    """Process events for ``seconds`` or until ``until()`` is true; whether it became true."""
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        if until is not None and until():
            return True
        time.sleep(0.01)
    return until is None


def _wait(what: str, until: Callable[[], object]) -> None:
    if not _settle(TIMEOUT, until):
        raise TimeoutError(f"screenshots: gave up waiting for {what}")
    _settle(0.3)  # the last paints


def _save(widget: QWidget, out: Path, name: str, written: list[Path]) -> None:
    _settle(0.3)
    path = out / name
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    written.append(path)


# -- the screenshots -------------------------------------------------------------------------------


def take(out: Path) -> list[Path]:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QFont, QFontDatabase

    import qsm_desktop.gui  # noqa: F401 - applies the PySide6 work-around first
    from qsm_desktop.core.app_context import AppContext
    from qsm_desktop.core.db import open_database
    from qsm_desktop.core.products.importer import (
        import_files,
    )
    from qsm_desktop.gui.app import application, install_products_tab
    from qsm_desktop.gui.main_window import MainWindow
    from qsm_desktop.gui.safety import install_safety_views
    from qsm_desktop.gui.view_settings import ViewSettings

    app = application()
    installed = set(QFontDatabase.families())
    japanese = [family for family in JAPANESE_FONTS if family in installed][:1]
    if not japanese:
        print("warning: no Japanese font found; install fonts-noto-cjk", file=sys.stderr)
    font = QFont()
    font.setFamilies([family for family in LATIN_FONTS if family in installed][:1] + japanese)
    font.setPointSize(FONT_POINTS)
    app.setFont(font)

    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="qsm-screenshots-") as tmp_name:
        tmp = Path(tmp_name)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp))
        database = open_database(tmp / "screenshots.db")
        ids = _seed_registrations()
        import_files(_write_product_csvs(tmp), operator=OPERATOR)

        # As run_gui builds it: the window, the safety tabs, 商品/在庫 after the first paint.
        ctx = AppContext(tmp / "screenshots.db", OPERATOR, database=database)
        window = MainWindow(ctx, ViewSettings())
        safety = install_safety_views(window, ctx)
        window.resize(*WINDOW_SIZE)
        window.show()
        _wait("the edit form", lambda: window.form.placeholder_model.rowCount() > 0)
        products = install_products_tab(window, ctx)
        window.ui.mainTabs.setCurrentIndex(0)
        try:
            _registrations(window, ids, out, written)
            _company_switch(window, ids, out, written)
            _companies(window, out, written)
            _changed_elsewhere(window, ids, out, written)
            _setup_check(safety, out, written)
            _checklist(safety, out, written)
            _replace_address(safety, out, written)
            _qsm_import(safety, out, written)
            _products(window, products, out, written)
            _restore_dialog(window, out, written)
            _server_dialogs(window, out, written)
        finally:
            window.form.reset()  # nothing unsaved: closing asks nothing
            window.close()
            window.form.preview.wait_for_worker()
            products.wait_for_workers()
            _settle(0.2)
            database.close()
    return written


def _registrations(window: Any, ids: dict[str, int], out: Path, written: list[Path]) -> None:
    """main_window.png, edit_form.png and template_dialog.png."""
    # NextEngine's order mail with the mistyped placeholder: the body scrolled to it, the
    # 警告 tab beside it listing it.
    form = window.form
    window.open_registration(ids["nextengine_order"])
    form.ui.sampleCombo.setCurrentIndex(max(0, form.ui.sampleCombo.findData("long-memo")))
    _wait("the preview", lambda: not form.preview.pending)
    body = form.ui.bodyEdit.toPlainText().splitlines()
    line = next(n for n, text in enumerate(body, 1) if TYPO in text)
    form.move_to("body", line, body[line - 1].index(TYPO) + 1)
    form.ui.helperTabs.setCurrentWidget(form.ui.warningsPanel)
    window.ui.registrationTable.setFocus()
    _save(window, out, "main_window.png", written)

    # The edit form on its own, taller, with the registration's history.
    window.ui.mainSplitter.setSizes([100, 900])
    form.ui.helperTabs.setCurrentWidget(form.ui.historyTab)
    form.ui.historyTree.expandAll()
    _save(form, out, "edit_form.png", written)

    # 【参照】 to switch company: ネクストエンジン chosen (its group searched, with the source),
    # every kind, its 注文情報 chosen.
    form.browse_template()
    dialog = form.template_dialog
    dialog.ui.kindCombo.setCurrentIndex(0)  # ALL
    dialog.choose_company("nextengine")
    dialog.select_template(6)
    dialog.resize(dialog.width(), 400)  # its default width
    _save(dialog, out, "template_dialog.png", written)
    dialog.reject()


def _company_switch(window: Any, ids: dict[str, int], out: Path, written: list[Path]) -> None:
    """company_switch.png: CrossMall's 配送要請 moved to NextEngine's, 送信先 not changed yet."""
    form = window.form
    window.open_registration(ids["crossmall_shipping"])
    form.browse_template()
    dialog = form.template_dialog
    dialog.choose_company("nextengine")
    dialog.select_template(7)
    dialog.accept()
    _wait("the hint", lambda: form.destination_hint)
    form.ui.destinationEdit.setFocus()
    _save(window, out, "company_switch.png", written)
    form.reload_stored()  # nothing unsaved


def _companies(window: Any, out: Path, written: list[Path]) -> None:
    from qsm_desktop.gui.companies_dialog import open_companies

    dialog = open_companies(window)
    dialog.resize(1200, 720)
    dialog.select_company("nextengine")
    _save(dialog, out, "companies.png", written)
    dialog.close()


def _changed_elsewhere(window: Any, ids: dict[str, int], out: Path, written: list[Path]) -> None:
    """changed_bar.png and conflict_dialog.png: the form holds an edit of the タイトル while
    another staff member changes the 送信先 of the same registration."""
    from qsm_desktop.core.errors import ConflictError
    from qsm_desktop.core.registrations import Patch, RegistrationService
    from qsm_desktop.gui.conflict_dialog import ConflictDialog

    form = window.form
    reg_id = ids["crossmall_order"]
    window.ui.mainSplitter.setSizes([260, 600])
    window.open_registration(reg_id)
    form.ui.titleEdit.setText("【至急】" + form.ui.titleEdit.text())
    other = RegistrationService("yamada", bus=window.context.bus)
    other.modify(reg_id, Patch(destination="cm-orders-2@crossmall.example.jp"))
    _wait("the bar", lambda: form.ui.changedBar.isVisible())
    _save(window, out, "changed_bar.png", written)
    try:
        window.service.modify(reg_id, form.changed_patch(), base_revision=form._editing.revision)
    except ConflictError as exc:
        dialog = ConflictDialog(exc.registration_id, exc.conflicts, window)
        dialog.resize(900, 320)
        dialog.show()
        _save(dialog, out, "conflict_dialog.png", written)
        dialog.reject()
    form.reload_stored()


def _setup_check(safety: Any, out: Path, written: list[Path]) -> None:
    safety.show_check()
    view = safety.check_view
    _wait("the setup check", lambda: view.result is not None and not view.pending)
    view.findings_view.selectRow(0)
    _save(safety.window, out, "setup_check.png", written)


def _checklist(safety: Any, out: Path, written: list[Path]) -> None:
    safety.show_checklist()
    view = safety.checklist_view
    _wait("the checklist", lambda: view.checklist is not None and not view.stale)
    # A registration still to enter in QSM: every step, from 【初期化】 to the check after.
    for row in range(view.model.rowCount()):
        item = view.model.row_at(row)
        if item.action == "register" and not item.ticked:
            view.table.selectRow(row)
            break
    _save(safety.window, out, "checklist.png", written)


def _replace_address(safety: Any, out: Path, written: list[Path]) -> None:
    dialog = safety.open_bulk_address(NEXTENGINE)
    dialog.new_edit.setText(NEXTENGINE_NEW)
    dialog.preview_button.click()
    _wait("the replacement preview", lambda: dialog.model.rowCount() > 0)
    _save(dialog, out, "replace_address.png", written)
    dialog.reject()
    _wait("the dialog to close", lambda: safety.bulk_dialog is None)


def _qsm_import(safety: Any, out: Path, written: list[Path]) -> None:
    dialog = safety.open_qsm_import()
    dialog.text_edit.setPlainText(GUIDE_PASTE)
    dialog.preview_button.click()
    _wait("the import preview", lambda: dialog.plan is not None)
    _save(dialog, out, "qsm_import.png", written)
    dialog.reject()
    _wait("the dialog to close", lambda: safety.import_dialog is None)


def _products(window: Any, products: Any, out: Path, written: list[Path]) -> None:
    window.ui.mainTabs.setCurrentWidget(products)  # the first list is read when shown
    _wait("the product list", lambda: products.tree_proxy.rowCount() > 0)
    products.run_check()
    _wait("the link check", lambda: products.findings is not None)
    products.tree.expandAll()
    # A finding on a gridInventory line: its row selected, its option selected in the tree.
    proxy = products.finding_proxy
    for row in range(proxy.rowCount()):
        finding = proxy.finding_at(row)
        if finding is not None and finding.code == "paren-in-name" and finding.kind != "goods":
            products.findings_view.setCurrentIndex(proxy.index(row, 0))
            products.findings_view.selectRow(row)
            products.show_finding(finding)
            break
    _save(window, out, "products.png", written)


def _restore_dialog(window: Any, out: Path, written: list[Path]) -> None:
    """The backups of this session: the one before 「QSMから読み込み」 (seeding), the day's
    first, a manual one."""
    from qsm_desktop.core.backups import take_backup
    from qsm_desktop.gui.restore_dialog import RestoreDialog

    take_backup("daily")
    take_backup("manual")
    dialog = RestoreDialog(window.context, window)
    dialog.show()
    _save(dialog, out, "restore_dialog.png", written)
    dialog.reject()
    dialog.deleteLater()


def _server_dialogs(window: Any, out: Path, written: list[Path]) -> None:
    """共有データベースに接続 (a server that wants a password), 共有データベースへ移す (copying,
    table 5 of 9). Nothing is saved: the dialogs get a function that keeps nothing."""
    from qsm_desktop.gui.server_dialogs import ConnectDialog, MoveDialog

    def keep_nothing(_url: str) -> None:
        pass

    connect = ConnectDialog(
        keep_nothing, "postgresql://qsm_staff@db.example.local:5432/qsm", window
    )
    connect.show()
    connect.show_field_problem(
        "password", "このサーバーはパスワードが必要です。パスワードを入力してください。"
    )
    _save(connect, out, "connect_dialog.png", written)
    connect.reject()
    connect.deleteLater()
    move = MoveDialog(
        str(window.context.db_path),
        keep_nothing,
        "postgresql://qsm_staff@db.example.local:5432/qsm",
        window,
    )
    move.show()
    move.ui.progressBar.setVisible(True)
    move.progress.moved.emit("registration", 5, 9)
    _settle(0.2)
    _save(move, out, "move_dialog.png", written)
    move.reject()
    move.deleteLater()
    _password_prompt(window, out, written)


def _password_prompt(window: Any, out: Path, written: list[Path]) -> None:
    """The password a shared database wants when libpq found none (gui/password_prompt.py)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog

    from qsm_desktop.gui.password_prompt import ask_server_password

    def shoot() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QInputDialog))
        _settle(0.2)
        _save(dialog, out, "password_prompt.png", written)
        dialog.reject()

    window.activateWindow()
    QTimer.singleShot(300, shoot)
    ask_server_password("postgresql://qsm_staff@db.example.local:5432/qsm")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=("ja", "en"), default="ja")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--platform", choices=("xcb", "offscreen"), default="xcb")
    args = parser.parse_args(argv)
    if args.out is None:
        english = ROOT / "docs" / "screenshots" / "en"
        args.out = (
            english if args.language == "en" else ROOT / "resources" / "help" / "images" / "ja"
        )
    # The app's language, whatever the machine's locale or the user's choice (gui/translations).
    os.environ["QSM_DESKTOP_LANGUAGE"] = args.language
    if args.platform == "xcb":
        code = _rerun_under_xvfb(argv)
        if code is not None:
            return code
    os.environ["QT_QPA_PLATFORM"] = args.platform
    for path in take(args.out.resolve()):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
