"""The plan's agencies (支援関係機関) against the plan's own list."""

from __future__ import annotations

import dataclasses

import pytest

from domain.catalogue import (
    AGENCIES,
    AGENCY_CODES,
    LEAD_SECTIONS,
    Field,
    Operation,
    Project,
    UnknownAgencyError,
    agency,
    lead_section,
)

# The agencies the plan names (大田原市重層的支援体制整備事業実施計画, 令和8〜10年度):
# name, form (直営/委託/民営), address.
TABLE = [
    ("中央地域包括支援センター", "委託", "浅香3丁目3578番地747"),
    ("西部地域包括支援センター", "委託", "浅香3丁目3578番地747"),
    ("東部地域包括支援センター", "委託", "黒羽田町848番地"),
    ("大田原市障害者相談支援センター", "委託", "本町1丁目3番3号"),
    ("大田原市障害者基幹相談支援センター", "委託", "本町1丁目3番3号"),
    ("地域生活支援センターゆずり葉", "委託", "那須塩原市宮町2番14号"),
    ("大田原市こども家庭センター", "直営", "本町1丁目4番1号"),
    ("大田原市社会福祉協議会", "委託", "本町1丁目3番1号"),
    ("しんとみ子育て支援センター", "直営", "新富町3丁目6番8号"),
    ("ゆづかみ子育て支援センター", "民営", "湯津上3724番地1"),
    ("くろばね子育て支援センター・すくすくきっず", "民営", "堀之内641番地1"),
    ("ひかり子育て支援センター", "民営", "山の手2丁目19番1号"),
    ("つどいの広場トコトコ", "直営", "中央1丁目3番15号"),
]
CITY_SECTION_NAMES = ["高齢者幸福課", "福祉課", "こども支援課", "保育課"]

BRIEFED_CODES = {
    "chuo_houkatsu",
    "seibu_houkatsu",
    "tobu_houkatsu",
    "shogai_soudan",
    "shogai_kikan",
    "yuzuriha",
    "kodomo_katei",
    "shakyo",
    "shintomi_kosodate",
    "yuzukami_kosodate",
    "kurobane_kosodate",
    "hikari_kosodate",
    "tokotoko_hiroba",
    "koureisha_kofuku_ka",
    "fukushi_ka",
    "kodomo_shien_ka",
    "hoiku_ka",
}


def entry_named(name_ja: str) -> tuple[str, str | None]:
    (found,) = [a for a in AGENCIES if a.name_ja == name_ja]
    return found.operation.label_ja, found.address


@pytest.mark.parametrize(("name_ja", "form", "address"), TABLE)
def test_each_agency_of_the_plan_is_present_with_its_form_and_address(
    name_ja: str, form: str, address: str
) -> None:
    expected = (form, address)

    found = entry_named(name_ja)

    assert found == expected


@pytest.mark.parametrize("name_ja", CITY_SECTION_NAMES)
def test_each_city_section_is_present_without_an_address(name_ja: str) -> None:
    expected = ("市の課", None)

    found = entry_named(name_ja)

    assert found == expected


def test_the_codes_are_exactly_the_agreed_ascii_slugs() -> None:
    codes = [a.code for a in AGENCIES]

    assert len(codes) == len(set(codes))
    assert set(codes) == BRIEFED_CODES == AGENCY_CODES
    assert all(code.isascii() and code.islower() for code in codes)


def test_lookup_by_code_finds_the_entry() -> None:
    code = "shakyo"

    found = agency(code)

    assert found.name_ja == "大田原市社会福祉協議会"
    assert Project.OUTREACH in found.projects
    assert Field.LIVELIHOOD in found.fields


def test_lookup_of_an_unknown_code_is_refused() -> None:
    with pytest.raises(UnknownAgencyError) as raised:
        agency("no_such_agency")

    assert isinstance(raised.value, ValueError)


def test_every_agency_is_supervised_by_a_city_section() -> None:
    sections = {a.code for a in AGENCIES if a.operation is Operation.CITY}

    supervisors = {a.section for a in AGENCIES if a.operation is not Operation.CITY}

    assert supervisors <= sections
    assert set(LEAD_SECTIONS.values()) == sections


def test_the_new_projects_are_led_by_the_welfare_section() -> None:
    new_projects = [p for p in Project if p.is_new]

    leads = {lead_section(p, None) for p in new_projects}

    assert leads == {"fukushi_ka"}


def test_the_watching_over_project_is_led_by_the_elderly_section() -> None:
    pair = (Project.COMMUNITY_BUILDING, Field.LIVELIHOOD)

    lead = lead_section(*pair)

    assert lead == "koureisha_kofuku_ka"


def test_a_malformed_code_is_refused() -> None:
    entry = agency("hoiku_ka")

    with pytest.raises(ValueError, match="ASCII slug"):
        dataclasses.replace(entry, code="保育課")
