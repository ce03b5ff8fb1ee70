"""How an indicator is counted, in plain words, from the rules as data.

`projections/indicator_rules.py` (docs/indicators.md as code) says which
records feed an indicator (`sources_of`) and by which rule they make its
figure (`rule_of`); this turns those two into a statement a member of staff
can read. Nothing here is written per indicator.
"""

from __future__ import annotations

from collections.abc import Callable

from domain.catalogue import Field, Project
from domain.catalogue.activities import ActivityKind
from domain.catalogue.community_kinds import CommunityKind, TallyKind
from domain.catalogue.facilities import FacilityType
from domain.catalogue.fiscal_year import fiscal_year_bounds
from projections.indicator_report import IndicatorLine
from projections.indicator_rules import Rule, Source, rule_of, sources_of

RECORDS: dict[str, Callable[[str], str]] = {
    "activity": lambda c: f"種類が「{ActivityKind(c).label_ja}」の活動記録",
    "outreach": lambda c: f"事業が「{Project(c).label_ja}」の活動記録",
    "plan": lambda c: f"「{Project(c).label_ja}」の支援プランの作成",
    "community": lambda c: f"種類が「{CommunityKind(c).label_ja}」の地域の記録",
    "participants": lambda c: f"「{CommunityKind(c).label_ja}」の記録に参加した機関",
    "training": lambda c: f"「{Project(c).label_ja}」の研修の記録",
    "tally": lambda c: f"委託先が毎月報告する「{TallyKind(c).label_ja}」",
    "facility": lambda c: f"機関台帳で施設の種類が「{FacilityType(c).label_ja}」の機関",
    "case": lambda c: (
        f"自立相談支援の窓口で受け付けた、分野に「{Field(c).label_ja}」を含むケース"
    ),
    "organisation": lambda _: "機関台帳に登録された協力団体",
}
RULES: dict[Rule, str] = {
    Rule.COUNT: "業務日が{start}〜{end}のものを1件ずつ数えます",
    Rule.DISTINCT: "業務日が{start}〜{end}のものについて、機関を重複なく数えます",
    Rule.WINDOW_COUNT: "受付日が{start}〜{end}のものを1件ずつ数えます",
    Rule.TALLY_SUM: "{start}〜{end}の各月の報告値を合計します",
    Rule.TALLY_LATEST: "報告者ごとに{start}〜{end}で最も新しい月の値をとり、合計します",
    Rule.TALLY_MEAN: "月ごとに報告者の値を合計し、報告のあった月の平均をとります",
    Rule.AT_YEAR_END: "年度末（{end}）に登録されているものを数えます",
}
COMMON = (
    "取り消された記録・撤回された記録は数えず、訂正された記録は訂正後の内容で"
    "数えます。月別の値は業務日の月に入ります（4月が1）。"
)


def how_counted(line: IndicatorLine, fiscal_year: int) -> str:
    """One paragraph: what is counted, by which rule, and the figure."""
    start, end = fiscal_year_bounds(fiscal_year)
    records = "、".join(_record(s) for s in sources_of(line.indicator.id))
    rule = RULES[rule_of(line.indicator.id)].format(start=start, end=end)
    target = "未設定" if line.target is None else f"{line.target:,}"
    return (
        f"指標{line.indicator.number}「{line.indicator.label_ja}」（単位: "
        f"{line.indicator.unit_ja}）は、{records}について、{rule}。{COMMON}"
        f"実績 {line.actual:,}、目標 {target}。"
    )


def _record(source: Source) -> str:
    return RECORDS[source.record](source.code)
