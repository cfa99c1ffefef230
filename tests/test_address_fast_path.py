"""The plain-address fast path gives exactly email-validator's answer."""

from __future__ import annotations

import pytest
from email_validator import EmailNotValidError, validate_email

from qsm_desktop.core import addresses
from qsm_desktop.core.addresses import parse_destination
from qsm_desktop.core.errors import ValidationError

ADDRESSES = [
    "shop1@example.jp",
    "Shop1@Example.JP",
    "Postmaster@example.jp",
    "INFO@Shop.Example.co.jp",
    "a.b+c-d_e@sub-domain.example.com",
    "o'neil!#$%&*/=?^`{|}~@example.jp",
    "a@xn--zckzah.jp",  # IDNA: rewritten, the full path answers
    "a@localhost.test",  # special-use domain
    "a@123.45",  # numeric top-level domain
    "a@ex_ample.jp",
    "a@-example.jp",
    "a@example-.jp",
    "a@example..jp",
    "a@example",
    ".a@example.jp",
    "a.@example.jp",
    "a..b@example.jp",
    "a@b@example.jp",
    "@example.jp",
    "a@",
    '"quoted"@example.jp',
    "x" * 64 + "@example.jp",
    "x" * 65 + "@example.jp",
    "x@" + ".".join(["a" * 60] * 4) + ".jp",
    "x" * 64 + "@" + ".".join(["a" * 62] * 3) + ".jp",
]


def expected(address: str) -> str | None:
    try:
        return validate_email(address, check_deliverability=False, allow_smtputf8=False).normalized
    except EmailNotValidError:
        return None


@pytest.mark.parametrize("address", ADDRESSES)
def test_same_answer_as_email_validator(address: str) -> None:
    want = expected(address)
    fast = addresses._plain_address(address)
    assert fast is None or fast == want  # the fast path never accepts what the library refuses
    try:
        got: str | None = parse_destination(address, required=True)[0]
    except ValidationError:
        got = None
    assert got == want


def test_plain_addresses_take_the_fast_path() -> None:
    assert addresses._plain_address("Shop1@Example.JP") == "Shop1@example.jp"
    assert addresses._plain_address("Abuse@example.jp") == "abuse@example.jp"
    assert addresses._plain_address("a..b@example.jp") is None
