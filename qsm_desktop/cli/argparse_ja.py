"""argparse's own words (usage:, options, its error messages) in Japanese.

argparse looks its texts up through ``gettext`` at the moment it prints them (the module's ``_``
and ``ngettext``); :func:`install` points those two names at this table. A text argparse adds in
a later Python and this table lacks stays English, never wrong (``tests/test_cli_japanese.py``
walks every text of this Python's argparse).
"""

from __future__ import annotations

import argparse

MESSAGES: dict[str, str] = {
    "usage: ": "使い方: ",
    "positional arguments": "引数",
    "options": "オプション",
    "optional arguments": "オプション",
    "show this help message and exit": "このヘルプを表示して終了します",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: エラー: %(message)s\n",
    "unrecognized arguments: %s": "使えない引数があります: %s",
    "the following arguments are required: %s": "次の引数が必要です: %s",
    "one of the arguments %s is required": "次の引数のどれか1つが必要です: %s",
    "not allowed with argument %s": "%s と一緒には使えません",
    "ignored explicit argument %r": "値 %r は取りません",
    "expected one argument": "値を1つ指定してください",
    "expected at most one argument": "値は1つまでです",
    "expected at least one argument": "値を1つ以上指定してください",
    "ambiguous option: %(option)s could match %(matches)s": (
        "%(option)s だけではどのオプションか決まりません(候補: %(matches)s)"
    ),
    "unexpected option string: %s": "ここでは使えないオプションです: %s",
    "invalid %(type)s value: %(value)r": "%(value)r は正しい値ではありません",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "%(value)r は選べません(選べるもの: %(choices)s)"
    ),
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "%(parser_name)r というコマンドはありません(コマンド: %(choices)s)"
    ),
    "can't open '%(filename)s': %(error)s": "'%(filename)s' を開けません: %(error)s",
    'argument "-" with mode %r': "「-」(標準入出力)はモード %r では使えません",
    "cannot have multiple subparser arguments": "コマンドは1つだけ指定してください",
}
PLURALS: dict[str, str] = {
    "expected %s argument": "値を%s個指定してください",
    "conflicting option string: %s": "オプションが重複しています: %s",
}


def gettext(message: str) -> str:
    return MESSAGES.get(message, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    if singular in PLURALS:
        return PLURALS[singular]
    return singular if n == 1 else plural


def install() -> None:
    """From now on argparse speaks Japanese (idempotent)."""
    # argparse looks its messages up through these module globals, which its stub does not declare.
    argparse._ = gettext  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]
