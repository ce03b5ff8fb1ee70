"""The plan's 29 evaluation indicators (評価指標) against the plan's own table."""

from __future__ import annotations

import re

import pytest

from domain.catalogue import (
    INDICATORS,
    Field,
    Project,
    Target,
    UnknownIndicatorError,
    indicator,
    indicators_of,
)

ELDERLY_NEXT = "第10期大田原市高齢者福祉計画・介護保険事業計画"
DISABILITY_NEXT = (
    "第6期大田原市障害者福祉計画・"
    "第8期大田原市障害福祉計画・"
    "第4期大田原市障害児福祉計画"
)

PROJECTS = {
    "包括": Project.COMPREHENSIVE_CONSULTATION,
    "地域づくり": Project.COMMUNITY_BUILDING,
    "参加支援": Project.PARTICIPATION_SUPPORT,
    "アウトリーチ": Project.OUTREACH,
    "多機関協働": Project.MULTI_AGENCY,
}
FIELDS = {
    "介護": Field.ELDERLY_CARE,
    "障害": Field.DISABILITY,
    "子育て": Field.CHILD_REARING,
    "生活困窮": Field.LIVELIHOOD,
}
# Which plan a "—" awaits, by field: 見守り (生活困窮) defers to the elderly plan.
DEFERRED_TO = {"介護": ELDERLY_NEXT, "生活困窮": ELDERLY_NEXT, "障害": DISABILITY_NEXT}

# The plan's table (大田原市重層的支援体制整備事業実施計画, 令和8〜10年度), row by row:
# 事業/field, indicator, unit, "R8 R9 R10" (docs/indicators.md names each row's id).
TABLE = [
    ("包括/介護", "❶ 介護予防ケアマネジメント業務", "件", "8,000 — —"),
    ("包括/介護", "❷ 総合相談支援業務", "件", "6,700 — —"),
    ("包括/介護", "❸ 権利擁護業務", "件", "1,000 — —"),
    ("包括/介護", "❹ 包括的・継続的ケアマネジメント支援業務", "件", "2,100 — —"),
    (
        "包括/障害",
        "相談支援事業者に対する訪問等による専門的な指導・助言件数",
        "件",
        "15 — —",
    ),
    ("包括/障害", "相談支援事業者の人材育成の支援件数", "件", "11 — —"),
    ("包括/障害", "相談機関との連携強化の取組の実施回数", "回", "20 — —"),
    ("包括/障害", "事例検討の実施回数（頻度）", "回", "12 — —"),
    ("包括/障害", "事例検討の参加事業者（機関）数", "事業所", "11 — —"),
    ("包括/障害", "専門部会の実施回数（頻度）", "回", "28 — —"),
    ("包括/子育て", "こども家庭センターの設置数", "箇所", "1 1 1"),
    ("包括/子育て", "妊婦等包括相談支援事業での相談件数", "件", "1,029 1,005 993"),
    ("包括/生活困窮", "新規相談件数", "件", "100 100 100"),
    ("地域づくり/介護", "与一いきいきメイトの総登録者数", "人", "100 — —"),
    ("地域づくり/介護", "第2層協議体の開催回数", "回", "73 — —"),
    (
        "地域づくり/介護",
        "協議体において創出された新しいサービスの事業数",
        "事業",
        "4 — —",
    ),
    ("地域づくり/障害", "地域活動支援センターの設置数", "箇所", "6 — —"),
    ("地域づくり/障害", "地域活動支援センターの利用者数", "人", "115 — —"),
    ("地域づくり/子育て", "子育て支援センター等の設置数", "箇所", "5 5 5"),
    ("地域づくり/子育て", "ひと月あたりの利用者数", "人", "517 521 511"),
    ("地域づくり/生活困窮", "見守り活動件数", "件", "80,000 — —"),
    ("参加支援", "支援プラン作成件数", "件", "3 5 5"),
    ("参加支援", "本人・受け入れ先への支援件数", "件", "72 120 120"),
    ("参加支援", "参加支援事業の協力機関・団体数", "箇所", "5 10 15"),
    ("アウトリーチ", "支援プラン作成件数", "件", "10 10 10"),
    ("アウトリーチ", "相談対応・訪問等の支援活動件数", "件", "140 180 240"),
    ("多機関協働", "支援プラン作成件数", "件", "20 20 20"),
    # The plan's wording; its summary shortens it to 庁内連携・多機関連携の調整件数.
    (
        "多機関協働",
        "多機関協働事業者における庁内連携・多機関連携の調整件数",
        "件",
        "20 20 20",
    ),
    ("多機関協働", "研修会等開催数", "回", "4 4 4"),
]


def expected_target(cell: str, deferred_to: str | None) -> Target:
    if cell == "—":
        return Target(None, deferred_to)
    return Target(int(cell.replace(",", "")))


@pytest.mark.parametrize(
    ("number", "row"),
    list(enumerate(TABLE, start=1)),
    ids=[f"row{n:02d}" for n in range(1, len(TABLE) + 1)],
)
def test_each_row_of_the_table_has_its_project_field_label_unit_and_targets(
    number: int, row: tuple[str, str, str, str]
) -> None:
    scope, label, unit, targets = row
    project_name, _, field_name = scope.partition("/")
    field = FIELDS[field_name] if field_name else None
    plan = DEFERRED_TO.get(field_name)
    cells = targets.split()

    found = INDICATORS[number - 1]

    assert found.number == number
    assert (found.project, found.field) == (PROJECTS[project_name], field)
    assert (found.label_ja, found.unit_ja) == (label, unit)
    assert [found.target(fy) for fy in (2026, 2027, 2028)] == [
        expected_target(cell, plan) for cell in cells
    ]
    set_labels = [t.label_ja for t in found.targets.values() if not t.is_deferred]
    assert set_labels == [cell for cell in cells if cell != "—"]


def test_the_catalogue_has_the_29_rows_numbered_in_table_order() -> None:
    numbers = [i.number for i in INDICATORS]

    assert numbers == list(range(1, 30))


def test_indicator_ids_are_unique_ascii_snake_case() -> None:
    ids = [i.id for i in INDICATORS]

    assert len(set(ids)) == len(ids) == 29
    assert all(re.fullmatch(r"[a-z][a-z0-9_]+", id_) for id_ in ids)


def test_deferred_targets_have_no_value_and_name_the_plan_they_await() -> None:
    deferred = [t for i in INDICATORS for t in i.targets.values() if t.is_deferred]

    assert len(deferred) == 2 * 16  # 16 rows leave 令和9・10年度 to other plans
    assert all(t.value is None for t in deferred)
    assert {t.deferred_to for t in deferred} == {ELDERLY_NEXT, DISABILITY_NEXT}


def test_no_target_is_zero() -> None:
    values = [t.value for i in INDICATORS for t in i.targets.values()]

    assert 0 not in values


def test_a_deferred_target_is_labelled_not_yet_set_with_its_plan() -> None:
    target = indicator("consultation_elderly_preventive_care_management").target(2027)

    label = target.label_ja

    assert label == f"未設定（{ELDERLY_NEXT}に準ずる）"


def test_the_new_projects_rows_carry_no_field() -> None:
    new_projects = [p for p in Project if p.is_new]

    rows = [i for p in new_projects for i in indicators_of(p)]

    assert len(rows) == 8
    assert all(i.field is None and i.reference_plan is None for i in rows)


def test_lookup_by_id_finds_the_indicator() -> None:
    wanted = INDICATORS[27]

    found = indicator(wanted.id)

    assert found is wanted


def test_lookup_of_an_unknown_id_is_refused() -> None:
    with pytest.raises(UnknownIndicatorError) as raised:
        indicator("no_such_indicator")

    assert isinstance(raised.value, ValueError)


def test_a_year_outside_the_plan_has_no_target() -> None:
    row = INDICATORS[0]

    with pytest.raises(ValueError, match="FY2029"):
        row.target(2029)


def test_a_target_with_neither_value_nor_deferring_plan_is_refused() -> None:
    with pytest.raises(ValueError, match="either a value or a deferring plan"):
        Target(None, None)
