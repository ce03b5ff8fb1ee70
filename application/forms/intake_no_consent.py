"""相談受付・申込票【本人同意なし】: a case that can go to 支援会議 only.

The intake as the window knows it, why there is no consent (blanks to fill:
the ledger does not record it), and the 支援会議 (社会福祉法第106条の6) the
case was shared at. There is nothing for the person to sign.
"""

from __future__ import annotations

from application.forms.context import (
    NOT_RECORDED,
    CaseContext,
    person_section,
    reception,
)
from application.forms.intake import CONSENT, WITHDRAWN, concerns
from application.forms.labels import agencies_ja, categories_ja
from application.forms.model import (
    WITHHELD,
    Check,
    Checks,
    Form,
    FormKind,
    Section,
    Statement,
    Table,
)
from application.forms.wareki import wareki

SUPPORT_MEETING = "支援会議"  # how a basis of Art. 106-6 begins in Japanese


def intake_no_consent(ctx: CaseContext) -> Form:
    """相談受付・申込票【本人同意なし】: for a case that can go to 支援会議 only."""
    return ctx.form(
        FormKind.INTAKE_NO_CONSENT,
        ctx.in_charge(),
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
                    Check(
                        "支援会議で検討",
                        any(r[1].startswith(SUPPORT_MEETING) for r in rows),
                    ),
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
