"""The kinds of case the demo city sees, and how many of each a year."""

from __future__ import annotations

from dataclasses import dataclass

HOUKATSU = ("chuo_houkatsu", "seibu_houkatsu", "tobu_houkatsu")
HUBS = ("shintomi_kosodate", "yuzukami_kosodate", "kurobane_kosodate")
CC = ("comprehensive_consultation",)


@dataclass(frozen=True)
class Archetype:
    """A kind of case: its windows, fields, issues and how long it runs."""

    agencies: tuple[str, ...]
    fields: tuple[str, ...]
    issues: tuple[str, ...]
    born: tuple[int, int]
    months: tuple[int, int]  # how many months it runs before closing
    closes: float  # the share that closes within the year
    consent: float  # the share that consents to sharing
    partners: tuple[str, ...]
    routes: tuple[str, ...] = ("walk_in", "phone", "referral")
    projects: tuple[str, ...] = CC


ARCHETYPES: dict[str, Archetype] = {
    "pcm": Archetype(
        HOUKATSU,
        ("elderly_care",),
        (),
        (1930, 1950),
        (6, 24),
        0.12,
        0.1,
        ("fukushi_ka",),
    ),
    "elderly": Archetype(
        HOUKATSU,
        ("elderly_care",),
        ("dementia", "isolation", "consumer_harm", "guardianship", "abuse"),
        (1930, 1958),
        (1, 5),
        0.75,
        0.25,
        ("koureisha_kofuku_ka", "shakyo"),
    ),
    "disability": Archetype(
        ("shogai_soudan", "shogai_soudan", "shogai_kikan", "yuzuriha"),
        ("disability",),
        ("isolation", "unemployment", "housing"),
        (1960, 2005),
        (2, 8),
        0.4,
        0.35,
        ("fukushi_ka", "shakyo"),
    ),
    "pregnancy": Archetype(
        ("kodomo_katei",),
        ("child_rearing",),
        ("parenting_anxiety", "single_parent"),
        (1988, 2004),
        (3, 8),
        0.8,
        0.15,
        ("kodomo_shien_ka",),
    ),
    "child": Archetype(
        ("kodomo_katei",) * 4 + HUBS,
        ("child_rearing",),
        ("parenting_anxiety", "single_parent", "abuse"),
        (1980, 2000),
        (2, 8),
        0.5,
        0.3,
        ("kodomo_shien_ka", "hoiku_ka"),
    ),
    "livelihood": Archetype(
        ("shakyo",),
        ("livelihood",),
        ("poverty", "debt", "housing", "unemployment"),
        (1955, 2000),
        (2, 8),
        0.5,
        0.5,
        ("fukushi_ka", "shogai_soudan"),
    ),
    "walk_in": Archetype(
        ("fukushi_ka", "koureisha_kofuku_ka", "kodomo_shien_ka"),
        ("livelihood",),
        ("isolation",),
        (1950, 2000),
        (1, 2),
        0.6,
        0.2,
        ("shakyo",),
    ),
    "8050_parent": Archetype(
        HOUKATSU,
        ("elderly_care",),
        ("8050", "dementia"),
        (1938, 1948),
        (6, 24),
        0.1,
        0.8,
        ("shakyo", "fukushi_ka"),
    ),
    "8050_son": Archetype(
        ("shakyo",),
        ("disability",),
        ("8050", "hikikomori", "isolation"),
        (1968, 1978),
        (8, 24),
        0.05,
        0.6,
        ("fukushi_ka", "shogai_soudan"),
        ("outreach_discovery", "referral"),
        ("outreach", "multi_agency"),
    ),
    "young_carer_child": Archetype(
        ("kodomo_katei",),
        ("child_rearing",),
        ("young_carer",),
        (2009, 2014),
        (6, 24),
        0.1,
        0.9,
        ("shogai_soudan", "fukushi_ka", "shakyo"),
    ),
    "young_carer_parent": Archetype(
        ("shogai_soudan",),
        ("disability", "child_rearing"),
        ("young_carer", "single_parent"),
        (1975, 1988),
        (6, 24),
        0.1,
        0.9,
        ("kodomo_katei", "fukushi_ka", "shakyo"),
    ),
    "poverty_disability": Archetype(
        ("shakyo",),
        ("livelihood", "disability"),
        ("poverty", "debt", "unemployment"),
        (1965, 1995),
        (6, 24),
        0.2,
        0.9,
        ("shogai_soudan", "fukushi_ka"),
    ),
}

# New cases a year at scale 1.0, by archetype; households count once each.
SINGLES = {
    "elderly": 1450,
    "disability": 420,
    "pregnancy": 450,
    "child": 250,
    "livelihood": 65,
    "walk_in": 40,
}
HOUSEHOLDS = {"8050": 40, "young_carer": 25, "poverty_disability": 30}
MEMBERS = {
    "8050": ("8050_parent", "8050_son"),
    "young_carer": ("young_carer_child", "young_carer_parent"),
    "poverty_disability": ("poverty_disability",),
}
PCM_CARRIED, PCM_NEW = 600, 120  # 介護予防ケアマネジメント clients: from last year, new
