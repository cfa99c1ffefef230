"""ヘルプ > このアプリについて."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from qsm_desktop.core.appinfo import version
from qsm_desktop.gui.translation import tr


def show_about(parent: QWidget) -> None:
    QMessageBox.about(
        parent,
        tr("このアプリについて"),
        tr(
            "<b>QSM Desktop {version}</b><br>"
            "Qoo10 Japan の販売者のための、受注メール管理(外部システム連動)の"
            "オフライン作業台です。<br>"
            "登録(お知らせ設定データ)の管理、テンプレートの選択、連動会社の変更、"
            "連動システムが受け取るメールのプレビューができます。<br><br>"
            "変更は J・QSM(お問い合わせ &gt; 受注メール管理)で手作業で反映してください。",
        ).format(version=version()),
    )
