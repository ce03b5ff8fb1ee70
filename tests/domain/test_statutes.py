"""R7: a statute fits who shares and with whom, and names its reason."""

from __future__ import annotations

from uuid import uuid4

import pytest

from domain.basis import Basis, check_statute_share
from domain.catalogue.statutes import STATUTES
from domain.errors import InvalidBasisError, StatuteNotApplicableError
from domain.personal import Personal

OPERATIONS = {
    "chuo_houkatsu": "consigned",
    "koureisha_kofuku_ka": "city",
    "kodomo_katei": "direct",
    "shakyo": "consigned",
}


def a_statute(code: str) -> Basis:
    return Basis.of_statute(code, Personal(uuid4(), "生命に関わる恐れ"))


def test_an_abuse_notification_goes_to_the_municipality() -> None:
    basis = a_statute("elder_abuse_notification")

    check_statute_share(basis, "chuo_houkatsu", OPERATIONS, ["koureisha_kofuku_ka"])
    with pytest.raises(StatuteNotApplicableError, match="municipality"):
        check_statute_share(basis, "chuo_houkatsu", OPERATIONS, ["shakyo"])


def test_the_public_body_rule_binds_the_city_and_the_operator_rule_the_rest() -> None:
    public, operator = (
        a_statute("appi_public_body_special_reason"),
        a_statute("appi_operator_life_or_body"),
    )

    check_statute_share(public, "kodomo_katei", OPERATIONS, ["shakyo"])
    check_statute_share(operator, "shakyo", OPERATIONS, ["kodomo_katei"])
    with pytest.raises(StatuteNotApplicableError):
        check_statute_share(public, "shakyo", OPERATIONS, ["kodomo_katei"])
    with pytest.raises(StatuteNotApplicableError):
        check_statute_share(operator, "kodomo_katei", OPERATIONS, ["shakyo"])


def test_a_statute_unknown_to_the_catalogue_or_without_a_reason_is_refused() -> None:
    with pytest.raises(InvalidBasisError, match="unknown statute"):
        a_statute("no_such_law")
    with pytest.raises(InvalidBasisError, match="reason"):
        Basis.of_statute("elder_abuse_notification", Personal(uuid4(), " "))


def test_every_statute_cites_its_law_and_article() -> None:
    citations = {s.code: s.citation_ja for s in STATUTES}

    assert (
        citations["child_abuse_notification"]
        == "児童虐待の防止等に関する法律 第6条第1項"
    )
    assert all("第" in c and "条" in c for c in citations.values())
