"""argparse's own error messages in Japanese, one line each.

argparse writes its errors in English (``argument --db: expected one argument``); the seller reads
every other refusal in Japanese, so the message argparse formats is rewritten here. A message no
pattern knows is kept as it is rather than lost.
"""

from __future__ import annotations

import re

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.DOTALL), japanese)
    for pattern, japanese in (
        (r"the following arguments are required: (.+)", r"次の引数を指定してください: \1"),
        (r"one of the arguments (.+) is required", r"次のどれか1つを指定してください: \1"),
        (r"unrecognized arguments: (.+)", r"使えない引数があります: \1"),
        (
            r"ambiguous option: (\S+) could match (.+)",
            r"「\1」は複数のオプション(\2)に当てはまります。省略せずに書いてください。",
        ),
        (r"argument (\S+): expected one argument", r"\1 には値を1つ指定してください。"),
        (r"argument (\S+): expected at least one argument", r"\1 には値を指定してください。"),
        (r"argument (\S+): expected at most one argument", r"\1 に指定できる値は1つまでです。"),
        (r"argument (\S+): expected (\d+) arguments?", r"\1 には値を\2つ指定してください。"),
        (
            r"argument (\S+): invalid choice: '(.*)' \(choose from (.*)\)",
            r"\1: 「\2」は指定できません(指定できるもの: \3)。",
        ),
        (r"argument (\S+): invalid \S+ value: '(.*)'", r"\1: 「\2」は正しい値ではありません。"),
        (r"argument (\S+): not allowed with argument (\S+)", r"\1 と \2 は一緒に指定できません。"),
        (r"argument (\S+): ignored explicit argument '(.*)'", r"\1 には値「\2」を付けられません。"),
        (r"argument (\S+): (.+)", r"\1: \2"),  # our own ArgumentTypeError texts (Japanese)
    )
)


def japanese(message: str) -> str:
    """argparse's *message* in Japanese, on one line."""
    for pattern, replacement in _PATTERNS:
        if pattern.fullmatch(message):
            message = pattern.sub(replacement, message)
            break
    return " ".join(message.split())
