"""Whether text survives a Japanese mail or file charset unchanged: one answer for the whole app.

The mail preview's encoding report (engine) and the product CSVs' link check and Shift_JIS export
(products) must agree on what CP932 can carry, or the preview would call a character safe that
the check flags. Standard library only: both the engine and the product code import this.
"""

from __future__ import annotations

CP932 = "cp932"
ISO_2022_JP = "iso2022_jp"


def cp932_can_carry(text: str) -> bool:
    """True when ``text`` survives CP932 unchanged.

    Encoding alone is not enough: Python's cp932 codec maps six characters to a look-alike
    (〜 U+301C becomes ～ U+FF5E, − U+2212 becomes －, and ¢ £ ¬ ‖), which would silently change
    the text a service receives. A round trip catches them.
    """
    try:
        return text.encode(CP932).decode(CP932) == text
    except UnicodeEncodeError:
        return False


def iso2022jp_can_carry(text: str) -> bool:
    """True when ``text`` can be written as ISO-2022-JP.

    Encoding is enough here: no character of Python's iso2022_jp codec decodes to another one
    (checked for every code point), so a round trip would only cost time.
    """
    try:
        text.encode(ISO_2022_JP)
    except UnicodeEncodeError:
        return False
    return True
