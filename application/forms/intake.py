"""相談受付・申込票, with the person's consent (同意あり) and without (同意なし).

With consent: the intake, the person, what troubles them, the consent's
scope (to whom, for what, which categories, who gave it) and a block the
person signs. Without: the intake as the window knows it, why there is no
consent, and the 支援会議 the case may go to (Art. 106-6): nothing to sign.
"""

from __future__ import annotations

from application.cases.view import ConsentView
from application.forms.context import (
    NOT_RECORDED,
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
        ctx.intake_worker(),
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


def intake_no_consent(ctx: CaseContext) -> Form:
    """相談受付・申込票【本人同意なし】: for a case that can go to 支援会議 only."""
    return ctx.form(
        FormKind.INTAKE_NO_CONSENT,
        ctx.intake_worker(),
        reception(ctx),
        person_section(ctx, "対象者"),
        concerns(ctx),
        _without_consent(ctx),
        _support_meetings(ctx),
    )


def _without_consent(ctx: CaseContext) -> Section:
    in_force = [c for c in ctx.view.consents if c.withdrawn_on is None]
    valid = [c for c in in_force if c.valid_from <= ctx.day <= c.valid_until]
    ended = bool(ctx.view.consents) and not valid
    return Section(
        "同意の状況",
        (
            Checks(
                "本人同意",
                (
                    Check("同意の記録なし", not ctx.view.consents),
                    Check("同意の撤回・期間満了", ended),
                    Check("有効な同意あり（同意あり様式を使用）", bool(valid)),
                ),
                f"{CONSENT} / {WITHDRAWN}",
            ),
            Checks(
                "同意が得られない理由",
                tuple(Check(x, False) for x in _NO_CONSENT_REASONS),
                NOT_RECORDED,
            ),
            Checks(
                "緊急性",
                tuple(Check(x, False) for x in ("高", "中", "低")),
                NOT_RECORDED,
            ),
            Statement(
                "本人の同意を得ていない事案です。情報の共有は、守秘義務を確認した"
                "支援会議（社会福祉法第106条の6）の構成員に限られます。"
            ),
        ),
    )


_NO_CONSENT_REASONS = ("支援を拒否", "助けを求められない", "本人と未接触", "その他")


def _support_meetings(ctx: CaseContext) -> Section:
    rows = tuple(
        (
            wareki(d.held_on),
            d.basis,
            agencies_ja(d.recipients),
            categories_ja(d.categories),
        )
        for d in ctx.disclosures
    )
    shown = rows if ctx.full else ()
    return Section(
        "対応方針・会議での情報共有",
        (
            Checks(
                "対応方針",
                (
                    Check("支援会議で検討", any("支援会議" in r[1] for r in rows)),
                    Check("アウトリーチ", False),
                    Check("見守り", False),
                    Check("その他", False),
                ),
                f"Case.DisclosedAtMeeting / {NOT_RECORDED}",
            ),
            Table(
                "会議での情報提供",
                ("開催日", "根拠", "提供先", "区分"),
                shown,
                "Case.DisclosedAtMeeting",
                widths=(3, 4, 6, 5),
                empty="（記録なし）" if ctx.full else WITHHELD,
            ),
        ),
    )
