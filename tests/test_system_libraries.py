"""The xcb plugin's system libraries: derived from ldd, reported in Japanese before Qt aborts."""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from qsm_desktop.gui import system_libraries as sl

ROOT = Path(__file__).resolve().parents[1]
QT = Path("/opt/venv/site-packages/PySide6/Qt")

# ldd's output for the plugin on a system without libxcb-icccm4 and libxcb-keysyms1 (shortened
# from a real run; the two libraries appear twice, as ldd prints them).
FAKE_LDD = f"""\
\tlinux-vdso.so.1 (0x00007ffd5a1f2000)
\tlibQt6XcbQpa.so.6 => {QT}/plugins/platforms/../../lib/libQt6XcbQpa.so.6 (0x00007f1)
\tlibQt6Gui.so.6 => {QT}/plugins/platforms/../../lib/libQt6Gui.so.6 (0x00007f2)
\tlibGL.so.1 => /lib/x86_64-linux-gnu/libGL.so.1 (0x00007f3)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f4)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f5)
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f6)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibicudata.so.73 => {QT}/plugins/platforms/../../lib/libicudata.so.73 (0x00007f7)
\t/lib64/ld-linux-x86-64.so.2 (0x00007f8)
"""


def test_ldd_output_is_parsed_into_found_and_missing_libraries() -> None:
    libraries = sl.parse_ldd(FAKE_LDD)
    names = [library.name for library in libraries]
    assert names == [
        "libQt6XcbQpa.so.6",
        "libQt6Gui.so.6",
        "libGL.so.1",
        "libxcb-cursor.so.0",
        "libxcb-icccm.so.4",
        "libxcb-keysyms.so.1",
        "libxcb.so.1",
        "libc.so.6",
        "libicudata.so.73",
    ]
    assert sl.missing_libraries(libraries) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]


def test_packages_are_derived_for_system_libraries_only() -> None:
    packages = sl.system_packages(sl.parse_ldd(FAKE_LDD), QT)
    # Qt's and ICU's libraries come with PySide6; the C library is on every system.
    assert packages == ["libgl1", "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb1"]


def test_a_library_missing_from_the_table_is_not_silently_skipped() -> None:
    output = "\tlibnew-thing.so.3 => /lib/x86_64-linux-gnu/libnew-thing.so.3 (0x1)\n"
    with pytest.raises(KeyError, match="libnew-thing"):
        sl.system_packages(sl.parse_ldd(output), QT)


def test_message_is_japanese_with_the_exact_apt_line() -> None:
    message = sl.missing_message(["libxcb-icccm.so.4", "libxcb-keysyms.so.1"], as_root=False)
    assert "システムのライブラリが見つかりません" in message
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in message
    assert "  sudo apt-get install -y libxcb-icccm4 libxcb-keysyms1\n" in message + "\n"
    as_root = sl.missing_message(["libxcb-icccm.so.4"], as_root=True)
    assert "\n  apt-get install -y libxcb-icccm4" in as_root


def _fake_plugin_dir(tmp_path: Path) -> tuple[Path, str]:
    """A platforms folder with a plugin that cannot load, and an ldd that prints FAKE_LDD."""
    platforms = tmp_path / "plugins" / "platforms"
    platforms.mkdir(parents=True)
    (platforms / sl.PLUGIN_FILE).write_bytes(b"not an ELF file")
    (tmp_path / "ldd.out").write_text(FAKE_LDD, encoding="utf-8")
    ldd = tmp_path / "ldd"
    ldd.write_text(f"#!/bin/sh\ncat '{tmp_path / 'ldd.out'}'\n", encoding="utf-8")
    ldd.chmod(ldd.stat().st_mode | stat.S_IXUSR)
    return platforms, str(ldd)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the check runs on Linux only")
def test_detection_with_a_fake_plugin_and_ldd_names_what_to_install(tmp_path: Path) -> None:
    platforms, ldd = _fake_plugin_dir(tmp_path)
    environ = {"DISPLAY": ":0"}
    message = sl.check_xcb_plugin(platforms, environ=environ, ldd=ldd)
    assert message is not None
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in message
    assert "apt-get install -y libxcb-icccm4 libxcb-keysyms1" in message


def test_detection_is_quiet_when_the_plugin_loads_or_xcb_is_not_used(tmp_path: Path) -> None:
    platforms, ldd = _fake_plugin_dir(tmp_path)

    def loads(_plugin: Path) -> str | None:
        return None

    assert sl.check_xcb_plugin(platforms, environ={}, load=loads, platform="linux", ldd=ldd) is None
    # Another platform asked for, a Wayland session, or not Linux at all: xcb is never loaded.
    for environ in (
        {"QT_QPA_PLATFORM": "offscreen"},
        {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"},
    ):
        assert sl.check_xcb_plugin(platforms, environ=environ, platform="linux", ldd=ldd) is None
    assert sl.check_xcb_plugin(platforms, environ={}, platform="win32", ldd=ldd) is None
    # xcb asked for explicitly (with options) is checked.
    asked = {"QT_QPA_PLATFORM": "xcb:nograb"}
    assert sl.check_xcb_plugin(platforms, environ=asked, platform="linux", ldd=ldd) is not None


def test_without_ldd_the_loader_error_still_names_the_library(tmp_path: Path) -> None:
    platforms, _ldd = _fake_plugin_dir(tmp_path)

    def fails(_plugin: Path) -> str:
        return "libxcb-icccm.so.4: cannot open shared object file: No such file or directory"

    message = sl.check_xcb_plugin(
        platforms, environ={}, platform="linux", load=fails, ldd=str(tmp_path / "no-ldd")
    )
    assert message is not None
    assert "apt-get install -y libxcb-icccm4" in message


def _real_plugin() -> tuple[Path, Path]:
    from PySide6.QtCore import QLibraryInfo

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    return plugins / "platforms", plugins.parent


needs_ldd = pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("ldd") is None,
    reason="ldd of the Linux plugin",
)


@needs_ldd
def test_readme_lists_every_package_the_real_plugin_needs() -> None:
    platforms, qt_root = _real_plugin()
    packages = sl.readme_packages(platforms, qt_root)  # KeyError: a library not in the table
    assert "libxcb-icccm4" in packages and "libxcb-keysyms1" in packages
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    line = re.search(r"`apt-get install -y (python3-venv [^`]+)`", readme)
    assert line is not None, "the README's apt-get line for minimal Linux"
    assert set(line.group(1).split()) == {*sl.README_EXTRAS, *packages}


@needs_ldd
@pytest.mark.skipif(shutil.which("dpkg") is None, reason="a Debian-based system")
def test_the_table_agrees_with_dpkg_for_the_installed_libraries() -> None:
    platforms, qt_root = _real_plugin()
    output = sl.run_ldd(platforms / sl.PLUGIN_FILE)
    assert output
    libraries = [
        library
        for library in sl.parse_ldd(output)
        if library.path is not None and not sl.is_bundled(library, qt_root)
    ]
    # merged /usr: dpkg knows each file under the name its package installed it as, so every
    # spelling is asked for in one call; each line answers "package[:arch]: path".
    names: dict[str, str] = {}
    for library in libraries:
        path = str(library.path)
        for name in (path, os.path.realpath(path), path.replace("/usr/lib/", "/lib/", 1)):
            names[name] = library.name
            names[name.replace("/lib/", "/usr/lib/", 1) if "/usr/" not in name else name] = (
                library.name
            )
    query = subprocess.run(["dpkg", "-S", *names], capture_output=True, text=True, check=False)
    owners: dict[str, str] = {}
    for line in query.stdout.splitlines():
        package, _, path = line.partition(": ")
        if path in names:
            owners[names[path]] = package.split(":", 1)[0]
    for library in libraries:
        assert library.name in owners, library
        # Ubuntu's 64-bit time packages carry a suffix (libglib2.0-0t64); apt takes either name.
        assert owners[library.name].removesuffix("t64") == sl.DEBIAN_PACKAGES[library.name]
