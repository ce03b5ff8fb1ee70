"""Whether a new person may be someone already held (重複の確認).

Two records match when their カナ name and birth date agree once written the
same way: width and case folded (NFKC), spaces and middle dots dropped,
hiragana read as katakana. The ledger compares a keyed hash of this text,
never the text itself (`application/people/match_index.py`).
"""

from __future__ import annotations

import unicodedata
from datetime import date

_HIRAGANA = ("\u3041", "\u3096")
_KATAKANA_OFFSET = 0x60
_DROPPED = frozenset("・･.-‐－")


def folded_kana(kana: str) -> str:
    """'おおたわら　はなこ' and 'ｵｵﾀﾜﾗ ﾊﾅｺ' both read 'オオタワラハナコ'."""
    plain = unicodedata.normalize("NFKC", kana).casefold()
    return "".join(
        chr(ord(c) + _KATAKANA_OFFSET) if _HIRAGANA[0] <= c <= _HIRAGANA[1] else c
        for c in plain
        if not c.isspace() and c not in _DROPPED
    )


def match_text(name_kana: str | None, birth_date: date | None) -> str | None:
    """The text two records of one person share; None when either part is missing."""
    if name_kana is None or birth_date is None:
        return None
    kana = folded_kana(name_kana)
    if not kana:
        return None
    return f"{kana}|{birth_date.isoformat()}"
