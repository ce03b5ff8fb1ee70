"""Obviously fictional people and words: 見本 太郎 of 大田原市（架空）.

Family names are words for "sample", "test", "fictional"; phone numbers are
all zeros; addresses say 架空. Free texts are short generic phrases.
"""

from __future__ import annotations

import random
from datetime import date

from application.cases.forms import PersonForm
from domain.catalogue import DAILY_LIFE_DISTRICTS

FAMILY = (
    ("見本", "ミホン"),
    ("試験", "シケン"),
    ("仮名", "カメイ"),
    ("架空", "カクウ"),
    ("例示", "レイジ"),
    ("模擬", "モギ"),
    ("標本", "ヒョウホン"),
    ("試作", "シサク"),
    ("想定", "ソウテイ"),
    ("仮設", "カセツ"),
)
GIVEN = (
    ("太郎", "タロウ"),
    ("花子", "ハナコ"),
    ("一郎", "イチロウ"),
    ("桜", "サクラ"),
    ("次郎", "ジロウ"),
    ("陽菜", "ヒナ"),
    ("健太", "ケンタ"),
    ("美咲", "ミサキ"),
    ("翔", "ショウ"),
    ("結衣", "ユイ"),
    ("三郎", "サブロウ"),
    ("和子", "カズコ"),
)
SUMMARIES = {
    "pcm": "（架空）介護予防ケアマネジメントの継続利用。",
    "elderly": "（架空）一人暮らしの高齢者。生活と健康の相談。",
    "8050_parent": "（架空）高齢の親の介護と、同居の子のひきこもりの相談。",
    "8050_son": "（架空）長期のひきこもり。家族から相談。",
    "young_carer_child": "（架空）家族の世話を担う子ども（ヤングケアラー）。",
    "young_carer_parent": "（架空）障害のある親の生活と子育ての相談。",
    "poverty_disability": "（架空）障害があり、家計と就労に困りごと。",
    "disability": "（架空）障害福祉サービスと日常生活の相談。",
    "pregnancy": "（架空）妊娠・出産・子育ての相談。",
    "child": "（架空）子育ての不安と家庭の困りごと。",
    "livelihood": "（架空）生活費と住まいの困りごと。",
    "walk_in": "（架空）どこに相談すればよいか分からない困りごと。",
}
NOTES = (
    "（架空）定期の面談。大きな変化なし。",
    "（架空）電話で近況を確認。",
    "（架空）自宅を訪問。生活状況を確認。",
    "（架空）関係機関と情報を共有。",
    "（架空）次回の面談を調整。",
)


def person(rng: random.Random, birth_years: tuple[int, int]) -> PersonForm:
    family, family_kana = rng.choice(FAMILY)
    given, given_kana = rng.choice(GIVEN)
    born = date(rng.randint(*birth_years), rng.randint(1, 12), rng.randint(1, 28))
    district = rng.choice(DAILY_LIFE_DISTRICTS)
    return PersonForm(
        name=f"{family} {given}",
        name_kana=f"{family_kana} {given_kana}",
        birth_date=born,
        address=f"大田原市（架空）{district} {rng.randint(1, 9)}-{rng.randint(1, 99)}",
        phone=f"000-0000-{rng.randint(0, 9999):04d}",
    )


def note(rng: random.Random) -> str | None:
    """A short fictional note on about one activity in four."""
    return rng.choice(NOTES) if rng.random() < 0.25 else None  # noqa: PLR2004
