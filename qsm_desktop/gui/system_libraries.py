"""Linux: the system libraries Qt's X11 platform plugin (xcb) needs, checked before the
QApplication exists.

Without them Qt aborts with an English message ("Could not load the Qt platform plugin "xcb"")
that does not say what to install. So before the QApplication is made the plugin is loaded once
the way Qt will load it (``dlopen``; Qt's own load later only counts a reference, so a working
system pays nearly nothing); only when that fails does ``ldd`` list every missing library, and
the seller reads, in Japanese, the exact ``apt-get install`` line.

The same table derives the README's list of packages from ``ldd`` of the plugin
(``python -m qsm_desktop.gui.system_libraries --readme``; a test keeps the README in step).
Nothing here imports Qt: the caller passes the plugin folder.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

# The shared library (soname) -> the Debian/Ubuntu package that ships it, for every library that
# `ldd` lists for the xcb plugin and that is not part of Qt itself (PySide6 ships Qt's own).
DEBIAN_PACKAGES: dict[str, str] = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    "libbrotlicommon.so.1": "libbrotli1",
    "libbrotlidec.so.1": "libbrotli1",
    "libbsd.so.0": "libbsd0",
    "libc.so.6": "libc6",
    "libcap.so.2": "libcap2",
    "libdbus-1.so.3": "libdbus-1-3",
    "libdl.so.2": "libc6",
    "libexpat.so.1": "libexpat1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libgcc_s.so.1": "libgcc-s1",
    "libgcrypt.so.20": "libgcrypt20",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgpg-error.so.0": "libgpg-error0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "liblz4.so.1": "liblz4-1",
    "liblzma.so.5": "liblzma5",
    "libm.so.6": "libc6",
    "libmd.so.0": "libmd0",
    "libpcre2-8.so.0": "libpcre2-8-0",
    "libpng16.so.16": "libpng16-16",
    "libpthread.so.0": "libc6",
    "libstdc++.so.6": "libstdc++6",
    "libsystemd.so.0": "libsystemd0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
}
# Part of every Debian/Ubuntu system (the C library): never worth naming.
ALWAYS_PRESENT = frozenset({"libc6"})
# Not libraries, but what the README adds to the line: a venv, and Japanese glyphs.
README_EXTRAS = ("python3-venv", "fonts-noto-cjk")

PLUGIN_FILE = "libqxcb.so"
EXIT_MISSING = 2

_LDD_LINE = re.compile(r"^\s*(\S+)\s*(?:=>\s*(.*?))?\s*(?:\(0x[0-9a-f]+\))?\s*$")


@dataclass(frozen=True)
class Library:
    name: str  # the soname asked for
    path: str | None  # where it was found; None: not found


def parse_ldd(output: str) -> list[Library]:
    """``ldd``'s lines as libraries, each once, in ldd's order; the vDSO and the loader (no
    file to install) are left out."""
    libraries: dict[str, Library] = {}
    for line in output.splitlines():
        match = _LDD_LINE.match(line)
        if not match or not line.strip():
            continue
        name, target = match.group(1), (match.group(2) or "").strip()
        if name.startswith("linux-vdso") or name.startswith("/") or "ld-linux" in name:
            continue
        path = None if target in ("not found", "") else target
        if name not in libraries or libraries[name].path is None:
            libraries[name] = Library(name, path)
    return list(libraries.values())


def is_bundled(library: Library, qt_root: Path) -> bool:
    """Shipped with the app (Qt's own libraries and ICU, inside PySide6 or the bundle)."""
    if library.path is None:
        return library.name.startswith("libQt6") or library.name.startswith("libicu")
    try:
        Path(library.path).resolve().relative_to(qt_root.resolve())
    except ValueError:
        return False
    return True


def system_packages(libraries: Iterable[Library], qt_root: Path) -> list[str]:
    """The Debian packages behind the system libraries among ``libraries``, sorted, the C
    library left out. A library missing from the table raises KeyError (the test keeps the
    table complete)."""
    packages = {
        DEBIAN_PACKAGES[library.name] for library in libraries if not is_bundled(library, qt_root)
    }
    return sorted(packages - ALWAYS_PRESENT)


def missing_libraries(libraries: Iterable[Library]) -> list[str]:
    return [library.name for library in libraries if library.path is None]


def apt_line(sonames: Iterable[str], *, as_root: bool = False) -> str:
    packages = sorted({DEBIAN_PACKAGES.get(name, name) for name in sonames})
    return ("" if as_root else "sudo ") + "apt-get install -y " + " ".join(packages)


def _is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def missing_message(sonames: list[str], *, as_root: bool | None = None) -> str:
    """The Japanese explanation printed instead of Qt's abort."""
    unknown = [name for name in sonames if name not in DEBIAN_PACKAGES]
    lines = [
        "QSM Desktop の画面を表示するのに必要なシステムのライブラリが見つかりません:",
        "  " + ", ".join(sonames),
        "",
        "Debian / Ubuntu では、次のコマンドでインストールしてから、もう一度起動してください:",
        "  " + apt_line(sonames, as_root=_is_root() if as_root is None else as_root),
    ]
    if unknown:
        lines += [
            "",
            "("
            + ", ".join(unknown)
            + " は、お使いのディストリビューションのパッケージで入れてください)",
        ]
    return "\n".join(lines)


def run_ldd(plugin: Path, ldd: str = "ldd") -> str | None:
    try:
        result = subprocess.run(
            [ldd, str(plugin)], capture_output=True, text=True, check=False, timeout=30
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout


def _loads(plugin: Path) -> str | None:
    """None when the plugin loads (its libraries are all there), else the loader's error."""
    import ctypes

    try:
        ctypes.CDLL(str(plugin))
    except OSError as exc:
        return str(exc)
    return None


def xcb_will_be_used(environ: os._Environ[str] | dict[str, str]) -> bool:
    """Whether Qt is going to pick the X11 plugin: asked for, or not told and not on Wayland."""
    asked = environ.get("QT_QPA_PLATFORM", "")
    if asked:
        return asked.split(":", 1)[0].split(";", 1)[0] == "xcb"
    on_wayland = environ.get("XDG_SESSION_TYPE") == "wayland" and bool(
        environ.get("WAYLAND_DISPLAY")
    )
    return not on_wayland


def check_xcb_plugin(
    plugin_dir: Path,
    *,
    environ: os._Environ[str] | dict[str, str] = os.environ,
    platform: str = sys.platform,
    load: Callable[[Path], str | None] = _loads,
    ldd: str = "ldd",
) -> str | None:
    """The Japanese message when the xcb plugin cannot load for missing libraries, else None.

    ``plugin_dir``: Qt's ``platforms`` plugin folder. Anything else that stops the plugin from
    loading (or no ``ldd`` to ask) is left to Qt, which says what it knows.
    """
    if not platform.startswith("linux") or not xcb_will_be_used(environ):
        return None
    plugin = plugin_dir / PLUGIN_FILE
    if not plugin.is_file():
        return None
    error = load(plugin)
    if error is None:
        return None
    output = run_ldd(plugin, ldd)
    missing = missing_libraries(parse_ldd(output)) if output else []
    if not missing:  # ldd could not tell: take the one library the loader named, if any
        named = re.match(r"^(\S+\.so[.\d]*): cannot open shared object file", error)
        missing = [named.group(1)] if named else []
    return missing_message(missing) if missing else None


def readme_packages(plugin_dir: Path, qt_root: Path, ldd: str = "ldd") -> list[str]:
    """The README's package list: every system package the xcb plugin needs (from ``ldd``)."""
    output = run_ldd(plugin_dir / PLUGIN_FILE, ldd)
    if output is None:
        raise RuntimeError(f"{ldd} could not be run")
    return system_packages(parse_ldd(output), qt_root)


def _qt_dirs() -> tuple[Path, Path]:
    from PySide6.QtCore import QLibraryInfo

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    return plugins / "platforms", plugins.parent


if __name__ == "__main__":  # print the README's apt line, derived from this machine's plugin
    platforms, root = _qt_dirs()
    print("apt-get install -y " + " ".join([*README_EXTRAS, *readme_packages(platforms, root)]))
