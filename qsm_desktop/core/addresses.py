"""送信先 (forwarding addresses): addresses separated by ``,`` or ``;`` (docs/rules.md §4.5).

Syntax only — email-validator with no DNS look-up, since the app works offline.

email-validator (and ``email.utils``) are imported by the functions that validate, not by this
module: the GUI imports this module on its start-up path (gui/start_sequence.py) and validates
nothing until the seller saves.
"""

from __future__ import annotations

import re

from qsm_desktop.core.errors import ValidationError
from qsm_desktop.core.vocabulary import shorten

_SEPARATORS = re.compile(r"[,;]")
_FULLWIDTH_HINTS = {"＠": "@", "．": ".", "，": ",", "；": ";", "　": " "}
MAX_DESTINATION_LENGTH = 1000


def split_addresses(text: str) -> list[str]:
    """The addresses in a destination, as typed (empty parts dropped)."""
    return [part.strip() for part in _SEPARATORS.split(text) if part.strip()]


def _check_one(address: str, field: str) -> str:
    found = [c for c in _FULLWIDTH_HINTS if c in address]
    if found:
        chars = "、".join(f"「{c}」" for c in found)
        raise ValidationError(
            field, f"「{address}」に全角文字{chars}が含まれています。半角で入力してください。"
        )
    if not address.isascii():
        raise ValidationError(
            field,
            f"「{shorten(address)}」はメールアドレスとして正しくありません"
            f"({_why_not_ascii(address)})。例: orders@example.jp",
        )
    if any(c.isspace() for c in address):
        raise ValidationError(
            field,
            f"「{address}」に空白が含まれています。"
            "複数のアドレスは「,」または「;」で区切ってください。",
        )
    from email_validator import EmailNotValidError, validate_email  # see the module docstring

    try:
        result = validate_email(address, check_deliverability=False, allow_smtputf8=False)
    except EmailNotValidError:
        # email-validator decides; its reason is English, so the seller gets ours in Japanese
        raise ValidationError(
            field,
            f"「{shorten(address)}」はメールアドレスとして正しくありません"
            f"({_why_not_an_address(address)})。例: orders@example.jp",
        ) from None
    return result.normalized


def _script(char: str) -> str:
    """The script of a letter, from its Unicode name: LATIN, CYRILLIC, GREEK, CJK, …"""
    import unicodedata  # see the module docstring

    return unicodedata.name(char, "?").split(" ")[0]


def _why_not_ascii(address: str) -> str:
    """Why an address with a character beyond ASCII is refused, in the seller's words.

    QSM's 送信先 takes ASCII addresses, and a look-alike letter (the Cyrillic "а" in
    "exаmple.jp") sends the orders to someone else's domain: such an address is never accepted.
    """
    odd = next(c for c in address if not c.isascii())
    shown = f"「{odd}」(U+{ord(odd):04X})"
    # a label (local part, each part of the domain) mixing Latin letters with another script
    labels = re.split(r"[@.]", address)
    if any(
        len(scripts := {_script(c) for c in label if c.isalpha()}) > 1 and "LATIN" in scripts
        for label in labels
    ):
        return (
            f"半角英字に見えて別の文字{shown}が混ざっています。"
            "よく似た別の文字のため、別の宛先に届きます。半角英数字で入力し直してください"
        )
    _local, _at, domain = address.rpartition("@")
    if _at and not domain.isascii():
        return (
            f"ドメインに半角英数字以外の文字{shown}があります。"
            "日本語ドメイン名(国際化ドメイン名)は QSM の送信先には使えません"
        )
    return f"半角の英数字と記号だけで入力してください。{shown}などの文字は使えません"


def _why_not_an_address(address: str) -> str:
    """The likely reason, in the seller's words, why ``address`` is not an e-mail address."""
    at_signs = address.count("@")
    if at_signs == 0:
        return "「@」がありません"
    if at_signs > 1:
        return "「@」が2つ以上あります"
    local, domain = address.split("@")
    if not local:
        return "「@」の前が空です"
    if not domain:
        return "「@」の後(ドメイン)が空です"
    if not address.isascii():
        return "半角の英数字と記号だけで入力してください(日本語などの文字は使えません)"
    if "." not in domain or domain.startswith(".") or domain.endswith(".") or ".." in domain:
        return f"「@」の後のドメイン「{shorten(domain)}」が正しくありません"
    return "使えない文字か、使えない並びが含まれています"


def _check_length(text: str, field: str) -> None:
    if len(text) > MAX_DESTINATION_LENGTH:
        raise ValidationError(
            field,
            f"送信先が長すぎます({len(text)}文字)。{MAX_DESTINATION_LENGTH}文字以内にしてください。",
        )


def check_kept_destination(text: str, field: str = "destination") -> None:
    """A 送信先 kept as QSM holds it, unparsed (rows read from QSM): QSM accepted its addresses,
    and the setup check reports what is wrong with them, but it must still fit the store and
    stay one line. Raises ValidationError."""
    _check_length(text, field)
    if any(ord(c) < 0x20 for c in text):
        raise ValidationError(field, "送信先に改行や制御文字は使えません。")


def parse_destination(text: str, *, required: bool, field: str = "destination") -> list[str]:
    """Validate a 送信先 and return its normalised addresses; raise ValidationError otherwise."""
    _check_length(text, field)
    addresses = split_addresses(text)
    if not addresses:
        if required:
            raise ValidationError(
                field,
                "送信先を入力してください。使用(Y/N)が Y のときは送信先が必要です。"
                "転送を止める場合は使用を N にしてください。",
            )
        return []
    normalised = [_check_one(a, field) for a in addresses]
    seen: set[str] = set()
    for address in normalised:
        key = address.casefold()
        if key in seen:
            raise ValidationError(field, f"送信先に「{address}」が2回入力されています。")
        seen.add(key)
    return normalised


def destination_key(addresses: list[str]) -> frozenset[str]:
    """What makes two destinations the same: the set of addresses, case-insensitively."""
    return frozenset(a.casefold() for a in addresses)


def parse_sender(text: str, field: str = "sender", *, strict_name: bool = True) -> tuple[str, str]:
    """送信者 as (display name, address): ``Name <address>``, ``"Name" <address>`` or a bare
    address — exactly one address. Raises ValidationError.

    Parsed here, not by ``email.utils``: its parser decodes ``=?…?=`` words and reads a list of
    addresses, and the display name is plain text whatever it holds. The address is the one
    between the *last* ``<`` and the final ``>``; with *strict_name* (a template being saved) a
    name holding ``<`` or ``>`` is refused as a second address, while a rendered mail (a sample
    value in the name such as ``x <a@b>, y``) keeps it as text, quoted when written.
    """
    text = text.strip()
    if not text:
        raise ValidationError(field, "送信者を入力してください(例: Qoo10 <qoo10info@qoo10.jp>)。")
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in text):
        raise ValidationError(field, "送信者に改行や制御文字は使えません。")
    name, address = "", text
    if text.endswith(">") and "<" in text:
        cut = text.rindex("<")
        name, address = text[:cut].strip(), text[cut + 1 : -1].strip()
        if len(name) >= 2 and name[0] == name[-1] == '"':
            name = re.sub(r"\\(.)", r"\1", name[1:-1])
    if not address or "@" not in address:
        raise ValidationError(
            field,
            f"送信者「{shorten(text)}」にメールアドレスがありません(例: Qoo10 <qoo10info@qoo10.jp>)。",
        )
    if (strict_name and ("<" in name or ">" in name)) or _SEPARATORS.search(address):
        raise ValidationError(
            field,
            f"送信者「{shorten(text)}」にアドレスが2つ以上あります。送信者のアドレスは1つだけです。",
        )
    return name, _check_one(address, field)


def check_sender(text: str, field: str = "sender") -> None:
    """送信者 as a template holds it: one address, see :func:`parse_sender`."""
    parse_sender(text, field)
