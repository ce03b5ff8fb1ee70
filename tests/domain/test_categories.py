"""R5: one vocabulary of categories, and what each field and issue code reveals."""

from __future__ import annotations

import pytest

from domain.catalogue.categories import (
    FIELD_CATEGORIES,
    ISSUE_CATEGORIES,
    Category,
    visible,
)
from domain.catalogue.fields import KNOWN_ISSUE_TAGS, Field
from domain.errors import UnknownCategoryError
from tests.domain.given import (
    OPENED_ON,
    WORKER,
    a_consent,
    given_open_case,
    recorded_on,
)


def test_every_category_has_a_japanese_label() -> None:
    assert all(category.label_ja for category in Category)


def test_every_known_issue_code_and_field_says_what_it_reveals() -> None:
    assert set(ISSUE_CATEGORIES) == KNOWN_ISSUE_TAGS
    assert set(FIELD_CATEGORIES) == set(Field)


def test_a_consent_names_only_categories_of_the_vocabulary() -> None:
    case = given_open_case()
    consent = a_consent(case, categories=("basic", "gossip"))

    with pytest.raises(UnknownCategoryError, match="gossip"):
        case.grant_consent(consent, WORKER, recorded_on(OPENED_ON))


@pytest.mark.parametrize(
    ("covered", "shown"),
    [
        (frozenset({"basic"}), ()),
        (frozenset({"family"}), ("8050",)),
        (frozenset({"finance"}), ("debt",)),
        (frozenset({"family", "finance", "health"}), ("8050", "debt", "hikikomori")),
    ],
)
def test_a_sharer_sees_the_codes_its_basis_covers(
    covered: frozenset[str], shown: tuple[str, ...]
) -> None:
    codes = ("8050", "debt", "hikikomori", "unclassified_tag")

    assert visible(codes, ISSUE_CATEGORIES, covered) == shown
