"""Size limits on what a seller's text or file may be, checked before it is read or stored.

The body (テンプレートの詳細) limit: the guide does not say how much QSM's 詳細 field holds, so the
number is ours, chosen from what the app itself must handle: 200,000 characters is 200 times the
longest catalog body (1,004 characters), about 600 KB as UTF-8 — far below the message limits of
common mail servers (10 MB and more) — and what the live preview and the setup check analyse in
well under a second (bench/hostile_bodies.py: flat time per KB up to this size).
"""

from __future__ import annotations

MAX_BODY_CHARS = 200_000
# A body file's size in bytes: UTF-8 needs at most 4 bytes a character, as does UTF-16 (a
# surrogate pair), plus a BOM. Larger files are refused by their size, before being read.
MAX_BODY_FILE_BYTES = 4 * MAX_BODY_CHARS + 4
# Other text files (order data as JSON, a QSM grid copied from the browser): a grid of every
# registration with its body stays well below this.
MAX_TEXT_FILE_BYTES = 64 * 1024 * 1024
# Row ids and numbers stored by SQLite: a signed 64-bit integer.
MAX_INTEGER = 2**63 - 1
