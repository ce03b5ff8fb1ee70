"""The agencies the plan names (支援関係機関), as seed data for the registry.

Addresses are as printed in the plan, full-width digits made ASCII; they are
in 大田原市 unless they name another city.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from domain.catalogue.agency_entry import AgencyEntry, Operation
from domain.catalogue.fields import Field
from domain.catalogue.projects import Project
from domain.catalogue.sections import (
    CHILD_SUPPORT_SECTION,
    CHILDCARE_SECTION,
    CITY_SECTIONS,
    ELDERLY_SECTION,
    WELFARE_SECTION,
)
from domain.errors import UnknownAgencyError

__all__ = [
    "AGENCIES",
    "AGENCY_CODES",
    "UnknownAgencyError",
    "agency",
]

_CC = (Project.COMPREHENSIVE_CONSULTATION,)
_CB = (Project.COMMUNITY_BUILDING,)
_ELDERLY = (Field.ELDERLY_CARE,)
_DISABILITY = (Field.DISABILITY,)
_CHILD = (Field.CHILD_REARING,)
_HOUKATSU_ADDRESS = "浅香3丁目3578番地747"
_SHOGAI_ADDRESS = "本町1丁目3番3号"


def _window(
    code: str, name_ja: str, fields: tuple[Field, ...], address: str, section: str
) -> AgencyEntry:
    """A consigned consultation window (相談窓口, 委託)."""
    return AgencyEntry(
        code, name_ja, fields, _CC, Operation.CONSIGNED, address, section
    )


def _hub(code: str, name_ja: str, operation: Operation, address: str) -> AgencyEntry:
    """A child-rearing support hub (地域子育て支援拠点), led by 保育課."""
    return AgencyEntry(
        code, name_ja, _CHILD, _CB, operation, address, CHILDCARE_SECTION
    )


_WINDOWS: tuple[AgencyEntry, ...] = (
    _window(
        "chuo_houkatsu",
        "中央地域包括支援センター",
        _ELDERLY,
        _HOUKATSU_ADDRESS,
        ELDERLY_SECTION,
    ),
    _window(
        "seibu_houkatsu",
        "西部地域包括支援センター",
        _ELDERLY,
        _HOUKATSU_ADDRESS,
        ELDERLY_SECTION,
    ),
    _window(
        "tobu_houkatsu",
        "東部地域包括支援センター",
        _ELDERLY,
        "黒羽田町848番地",
        ELDERLY_SECTION,
    ),
    _window(
        "shogai_soudan",
        "大田原市障害者相談支援センター",
        _DISABILITY,
        _SHOGAI_ADDRESS,
        WELFARE_SECTION,
    ),
    _window(
        "shogai_kikan",
        "大田原市障害者基幹相談支援センター",
        _DISABILITY,
        _SHOGAI_ADDRESS,
        WELFARE_SECTION,
    ),
    # Also runs the 地域活動支援センター (I型) consigned for 令和8年度.
    AgencyEntry(
        "yuzuriha",
        "地域生活支援センターゆずり葉",
        _DISABILITY,
        (*_CC, *_CB),
        Operation.CONSIGNED,
        "那須塩原市宮町2番14号",
        WELFARE_SECTION,
    ),
    AgencyEntry(
        "kodomo_katei",
        "大田原市こども家庭センター",
        _CHILD,
        _CC,
        Operation.DIRECT,
        "本町1丁目4番1号",
        CHILD_SUPPORT_SECTION,
    ),
    # 自立相談支援 (livelihood window); 参加支援, アウトリーチ, 多機関協働 and
    # their plans; 第2層協議体 and 見守り事業 (both led by 高齢者幸福課).
    AgencyEntry(
        "shakyo",
        "大田原市社会福祉協議会",
        (Field.LIVELIHOOD, Field.ELDERLY_CARE),
        tuple(Project),
        Operation.CONSIGNED,
        "本町1丁目3番1号",
        WELFARE_SECTION,
    ),
)

_HUBS: tuple[AgencyEntry, ...] = (
    _hub(
        "shintomi_kosodate",
        "しんとみ子育て支援センター",
        Operation.DIRECT,
        "新富町3丁目6番8号",
    ),
    _hub(
        "yuzukami_kosodate",
        "ゆづかみ子育て支援センター",
        Operation.PRIVATE,
        "湯津上3724番地1",
    ),
    _hub(
        "kurobane_kosodate",
        "くろばね子育て支援センター・すくすくきっず",
        Operation.PRIVATE,
        "堀之内641番地1",
    ),
    _hub(
        "hikari_kosodate",
        "ひかり子育て支援センター",
        Operation.PRIVATE,
        "山の手2丁目19番1号",
    ),
    _hub(
        "tokotoko_hiroba", "つどいの広場トコトコ", Operation.DIRECT, "中央1丁目3番15号"
    ),
)

AGENCIES: tuple[AgencyEntry, ...] = (*_WINDOWS, *_HUBS, *CITY_SECTIONS)

_BY_CODE: Mapping[str, AgencyEntry] = MappingProxyType({a.code: a for a in AGENCIES})

AGENCY_CODES: frozenset[str] = frozenset(_BY_CODE)


def agency(code: str, /) -> AgencyEntry:
    """The catalogue entry with this code.

    Raises:
        UnknownAgencyError: no agency in the plan has this code.
    """
    try:
        return _BY_CODE[code]
    except KeyError:
        raise UnknownAgencyError(code) from None
