"""The one-folder PyInstaller bundle: built from build_app.spec, then started from the bundle
alone (no venv, no Python on the path), as a seller's machine would run it."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow

# Nothing the app does not use: no QML/Quick, no WebEngine, no TLS (QtNetwork itself is kept
# for its local socket: one window per database).
UNWANTED = ("QtQuick", "QtQml", "QtWebEngine", "libqopensslbackend", "libqgtk3", "libqvnc",
            "libqeglfs")  # fmt: skip


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        pytest.fail("PyInstaller is missing: pip install -e '.[test,build]' (README)")
    out = tmp_path_factory.mktemp("bundle")
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "tools" / "build_bundle.py"),
            "--dist",
            str(out / "dist"),
            "--work",
            str(out / "work"),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    print(result.stdout.strip().splitlines()[-1])  # the size, for the log
    yield out / "dist" / "qsm-desktop"


def _program(bundle: Path) -> Path:
    return bundle / ("qsm-desktop-cli.exe" if sys.platform == "win32" else "qsm-desktop")


def _seller_env(home: Path) -> dict[str, str]:
    """A clean environment: no venv and no Python on PATH, a fresh home and data folders."""
    env = {
        "PATH": os.pathsep.join(p for p in ("/usr/bin", "/bin") if Path(p).is_dir()),
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_RUNTIME_DIR": str(home / "run"),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }
    (home / "run").mkdir(mode=0o700, exist_ok=True)
    if sys.platform == "win32":
        env.update({k: os.environ[k] for k in ("SYSTEMROOT", "TEMP", "TMP") if k in os.environ})
    return env


def _run(bundle: Path, home: Path, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(_program(bundle)), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**_seller_env(home), **extra},
        cwd=home,
        timeout=120,
        check=False,
    )


def test_bundle_holds_what_the_app_needs_and_nothing_it_does_not(bundle: Path) -> None:
    files = [p.relative_to(bundle).as_posix() for p in bundle.rglob("*")]
    assert any(f.endswith("qsm_desktop/resources/catalog.json") for f in files)
    assert any(f.endswith("qsm_desktop/resources/icons/qsm-desktop-256.png") for f in files)
    assert any(f.endswith("translations/qtbase_ja.qm") for f in files)
    assert any("/platforms/" in f and "qxcb" in f for f in files) or sys.platform != "linux"
    assert any("/platforms/" in f and "qoffscreen" in f for f in files)
    assert not [f for f in files if any(word in f for word in UNWANTED)]
    # Qt's own translations in the languages the app offers only.
    qt_translations = [f for f in files if "/Qt/translations/" in f]
    assert qt_translations and all(f.endswith(("_ja.qm", "_en.qm")) for f in qt_translations)


def test_bundle_lists_the_catalog_without_python(bundle: Path, tmp_path: Path) -> None:
    result = _run(bundle, tmp_path, "--db", str(tmp_path / "qsm.db"), "templates", "--json")
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 45
    version = _run(bundle, tmp_path, "--version")
    assert version.returncode == 0
    from qsm_desktop.core.appinfo import version as source_version

    assert version.stdout.split() == ["qsm-desktop", source_version()]


def test_bundle_starts_the_gui_on_a_new_database_and_closes(bundle: Path, tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    result = _run(bundle, tmp_path, "--db", str(db), QSM_DESKTOP_QUIT_AFTER_START="1")
    assert result.returncode == 0, result.stderr
    assert "QSM Desktop: started; closing" in result.stdout
    assert "Traceback" not in result.stderr and "Error" not in result.stderr, result.stderr
    with sqlite3.connect(db) as connection:  # made through the real initialisation
        assert connection.execute("PRAGMA user_version").fetchone()[0] > 0
        assert connection.execute("SELECT count(*) FROM template").fetchone()[0] == 45
