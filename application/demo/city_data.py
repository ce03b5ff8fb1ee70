"""The city's cross-case figures at scale 1.0: records, tallies, centres."""

from __future__ import annotations

CC, CB = "comprehensive_consultation", "community_building"
CENTRES = ("sakura", "kaede", "hinoki", "tsubaki", "momiji")
CENTRE_NAMES = ("さくら", "かえで", "ひのき", "つばき", "もみじ")
HUBS = (
    "shintomi_kosodate",
    "yuzukami_kosodate",
    "kurobane_kosodate",
    "hikari_kosodate",
    "tokotoko_hiroba",
)
ORG_KINDS = ("farm", "npo", "employer", "social_welfare_corporation", "community_group")
CASE_STUDY_POOL = (
    "shogai_soudan",
    "shogai_kikan",
    "yuzuriha",
    "fukushi_ka",
    "shakyo",
    "kodomo_katei",
    "chuo_houkatsu",
    *(f"katsudo_{c}" for c in CENTRES),
)
# kind, project, field, agency, records a year at scale 1.0, title
RECORDS = (
    ("training_session", "multi_agency", None, "shakyo", 4, "多機関協働研修会"),
    ("training_session", CB, "elderly_care", "shakyo", 2, "地域支え合い研修"),
    ("case_study_meeting", CC, "disability", "shogai_kikan", 12, "事例検討会"),
    (
        "expert_subcommittee_meeting",
        CC,
        "disability",
        "shogai_kikan",
        28,
        "自立支援協議会 専門部会",
    ),
    (
        "staff_development_support",
        CC,
        "disability",
        "shogai_kikan",
        11,
        "相談支援専門員 育成支援",
    ),
    ("liaison_initiative", CC, "disability", "shogai_kikan", 20, "相談機関連携会議"),
    ("council_meeting", CB, "elderly_care", "shakyo", 73, "第2層協議体 定例会"),
    (
        "new_service_created",
        CB,
        "elderly_care",
        "shakyo",
        4,
        "協議体から生まれた新しい支え合い活動",
    ),
)
# kind, agencies, value per agency and month at scale 1.0
TALLIES = (
    ("watch_activities", ("shakyo",), 6667),
    ("child_rearing_center_monthly_users", HUBS, 103),
    ("activity_center_users", ("yuzuriha", *(f"katsudo_{c}" for c in CENTRES)), 19),
    ("volunteers_registered", ("shakyo",), 95),
)
