"""相談受付・申込票【本人同意あり】: the intake with the person's consent.

The intake, the person, what troubles them, the consent's scope (to whom,
for what, which categories, who gave it) and a block the person signs. The
version without consent (`intake_no_consent.py`) shares its first parts.
"""

from __future__ import annotations

from application.cases.view import ConsentView
from application.forms.context import (
    OPENED,
    CaseContext,
    concern_checks,
    person_section,
    reception,
    scope_entry,
)
from application.forms.labels import (
    GIVEN_BY_LABELS_JA,
    PURPOSE_LABELS_JA,
    agencies_ja,
    agency_ja,
    categories_ja,
    category_ja,
    purposes_ja,
)
from application.forms.model import (
    WITHHELD,
    Check,
    Checks,
    Entry,
    Form,
    FormKind,
    Section,
    Signature,
    Statement,
    Table,
    Text,
)
from application.forms.wareki import optional, wareki
from domain.catalogue.categories import CATEGORY_LABELS_JA
from domain.catalogue.consent_givers import Standing

CONSENT = "Case.ConsentGranted"
WITHDRAWN = "Case.ConsentWithdrawn"
APPLICATION = (
    "私は、大田原市重層的支援体制整備事業による相談支援を申し込みます。"
    "個人情報の取扱いについて説明を受け、上記の関係機関が、上記の目的のため、"
    "上記の区分の情報を、上記の期間、共有することに同意します。"
    "この同意はいつでも撤回できることの説明を受けました。"
)


def intake_consent(ctx: CaseContext) -> Form:
    """相談受付・申込票【本人同意あり】."""
    return ctx.form(
        FormKind.INTAKE_CONSENT,
        ctx.in_charge(),
        reception(ctx),
        person_section(ctx),
        concerns(ctx),
        consent_section(ctx),
        Section(
            "相談申込み・同意欄",
            (
                Statement(APPLICATION),
                Signature("申込日・本人署名"),
                Signature("代理人署名（本人との関係）"),
            ),
        ),
    )


def concerns(ctx: CaseContext) -> Section:
    summary = ctx.view.summary
    return Section(
        "ご相談の内容",
        (
            *concern_checks(ctx),
            Text(
                "ご相談されたいこと（主訴）", summary or WITHHELD, f"{OPENED}.summary"
            ),
            scope_entry(ctx),
        ),
    )


def consent_section(ctx: CaseContext) -> Section:
    """The newest consent's scope as choices, then every consent as a table."""
    consents = sorted(ctx.view.consents, key=lambda c: c.valid_from)
    latest = consents[-1] if consents else None
    return Section(
        "情報共有への同意",
        (*_scope_of(latest), _history(consents)),
    )


def _scope_of(consent: ConsentView | None) -> tuple[Entry | Checks, ...]:
    agencies = consent.agencies if consent else ()
    purposes = consent.purposes if consent else ()
    categories = consent.categories if consent else ()
    return (
        Entry("同意日", optional(consent.valid_from if consent else None), CONSENT),
        Entry("同意した人", _giver(consent), CONSENT),
        Entry("有効期間", _period(consent), CONSENT),
        Entry("撤回日", optional(consent.withdrawn_on if consent else None), WITHDRAWN),
        Checks(
            "共有する機関",
            tuple(Check(agency_ja(a), True) for a in agencies)
            or (Check("（記録された同意はありません）", False),),
            CONSENT,
        ),
        Checks(
            "目的",
            tuple(Check(label, code in purposes) for code, label in _PURPOSES),
            CONSENT,
        ),
        Checks(
            "情報の区分",
            tuple(Check(category_ja(c), c in categories) for c in _CATEGORIES),
            CONSENT,
        ),
    )


_PURPOSES = tuple(PURPOSE_LABELS_JA.items())
_CATEGORIES = tuple(c.value for c in CATEGORY_LABELS_JA)


def _giver(consent: ConsentView | None) -> str:
    if consent is None:
        return ""
    giver = GIVEN_BY_LABELS_JA.get(consent.given_by, consent.given_by)
    if consent.standing and consent.standing != Standing.PERSON:
        giver = Standing(consent.standing).label_ja  # 親権者, 成年後見人, 任意代理人…
    if consent.given_by == "representative":
        who = consent.representative or WITHHELD
        relation = consent.relationship or WITHHELD
        return f"{giver}（{who}・{relation}）"
    return giver


def _period(consent: ConsentView | None) -> str:
    if consent is None:
        return ""
    return f"{wareki(consent.valid_from)} 〜 {wareki(consent.valid_until)}"


def _history(consents: list[ConsentView]) -> Table:
    return Table(
        "同意の記録",
        ("同意日", "同意した人", "共有する機関", "目的", "区分", "撤回日"),
        tuple(
            (
                wareki(c.valid_from),
                _giver(c),
                agencies_ja(c.agencies),
                purposes_ja(c.purposes),
                categories_ja(c.categories),
                optional(c.withdrawn_on),
            )
            for c in consents
        ),
        f"{CONSENT} / {WITHDRAWN}",
        widths=(3, 3, 5, 5, 5, 3),
    )
