"""Building the view of a case one reader may see (rules in `case_view.py`)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from uuid import UUID

from application.access.policy import Scope
from application.cases.cycle_view import (
    assessments_view,
    decision_view,
    follow_up_view,
)
from application.cases.view import (
    ActivityView,
    AgencyRoleView,
    CaseView,
    ConsentView,
    PersonView,
    PlanView,
    ReferralView,
    RevisionView,
)
from application.meetings.minutes import BasisView
from domain.activity import Activity
from domain.basis import Basis
from domain.case import Case
from domain.catalogue.categories import (
    FIELD_CATEGORIES,
    ISSUE_CATEGORIES,
    Category,
    visible,
)
from domain.consent import Consent
from domain.person import Person
from domain.personal import Personal
from domain.referral import Referral
from domain.support_plan import PlanRevision, SupportPlan

BASIC = "basic"  # the consent category of identity and contact data (基本情報)


def case_view(case: Case, person: Person, scope: Scope, today: date) -> CaseView:
    intake, full = case.intake, scope.full
    sees_person = full or BASIC in scope.categories
    return CaseView(
        case_id=case.id,
        version=case.version,
        view=scope.name,
        visible_categories=tuple(sorted(scope.categories)),
        intake_agency=intake.agency,
        agency=case.owner,
        worker=case.worker,
        fields=_visible(intake.fields, FIELD_CATEGORIES, scope),
        issues=_visible(intake.issues, ISSUE_CATEGORIES, scope),
        projects=intake.projects,
        route=intake.route,
        opened_on=intake.opened_on,
        household_id=intake.household_id,
        closed_on=case.closed_on,
        closure_reason=case.closure_reason,
        support_decision=decision_view(case.support_decision),
        person=person_view(person) if sees_person else None,
        summary=case.summary.text if full else None,
        consents=tuple(_consent(c, full) for c in case.consents.values()),
        referrals=_referrals(case, scope),
        assessments=assessments_view(case.assessments, scope),
        plans=tuple(_plan(p, scope, today) for p in case.plans.values()),
        activities=_activities(case, scope),
        disclosure_ids=tuple(UUID(d) for d in case.disclosures) if full else (),
    )


def _visible(
    codes: tuple[str, ...], reveals: Mapping[str, frozenset[Category]], scope: Scope
) -> tuple[str, ...]:
    """All codes for the owner; for a sharer, those its basis covers (R5)."""
    return codes if scope.full else visible(codes, reveals, scope.categories)


def _text(value: Personal | None) -> str | None:
    return None if value is None else value.text


def person_view(person: Person) -> PersonView:
    identity = person.identity
    return PersonView(
        person_id=person.id,
        name=identity.name.text,
        name_kana=_text(identity.name_kana),
        birth_date=_text(identity.birth_date),
        address=_text(identity.address),
        phone=_text(identity.phone),
        erased=person.erased_on is not None,
    )


def _consent(consent: Consent, full: bool) -> ConsentView:
    return ConsentView(
        consent_id=consent.consent_id,
        given_by=consent.given_by,
        relationship=_text(consent.relationship) if full else None,
        representative=_text(consent.representative) if full else None,
        agencies=consent.agencies,
        purposes=consent.purposes,
        categories=consent.categories,
        valid_from=consent.valid_from,
        valid_until=consent.valid_until,
        withdrawn_on=consent.withdrawn_on,
        withdrawal_reason=_text(consent.withdrawal_reason) if full else None,
        standing=consent.standing if full else None,
        age_band=consent.age_band if full else None,
    )


def _referrals(case: Case, scope: Scope) -> tuple[ReferralView, ...]:
    return tuple(
        _referral(case, r)
        for r in case.referrals.values()
        if scope.full or scope.agency in (r.from_agency, r.to_agency)
    )


def _referral(case: Case, referral: Referral) -> ReferralView:
    basis = referral.basis
    return ReferralView(
        referral_id=referral.referral_id,
        from_agency=referral.from_agency,
        to_agency=referral.to_agency,
        status=referral.status,
        requested_on=referral.requested_on,
        changed_on=referral.changed_on,
        basis_consent_id=basis.consent_id,
        basis=basis_view(basis),
        categories=case.referral_categories(referral),
        reason=referral.reason.text,
        note=_text(referral.note),
    )


def basis_view(basis: Basis) -> BasisView:
    return BasisView(basis.kind, basis.consent_id, basis.meeting_id, basis.statute)


def _plan(plan: SupportPlan, scope: Scope, today: date) -> PlanView:
    return PlanView(
        plan_id=plan.plan_id,
        project=plan.project,
        created_on=plan.created_on,
        ended_on=plan.ended_on,
        revisions=tuple(_revision(r, scope) for r in plan.revisions),
        agency=plan.agency,
        voided_on=plan.voided_on,
        follow_up=follow_up_view(plan, scope, today),
    )


def _revision(revision: PlanRevision, scope: Scope) -> RevisionView:
    statement = revision.statement
    shown = scope.full or any(r.agency == scope.agency for r in statement.roles)
    return RevisionView(
        number=revision.number,
        stated_on=revision.stated_on,
        review_on=statement.review_on,
        approved_on=revision.approved_on,
        meeting_id=revision.meeting_id,
        agreed_on=revision.agreed_on,
        agreed_how=revision.agreed_how,
        goals=tuple(g.text for g in statement.goals) if shown else None,
        roles=tuple(
            AgencyRoleView(r.agency, r.role.text if shown else None)
            for r in statement.roles
        ),
        direction=statement.direction.text if shown else None,
    )


def _activities(case: Case, scope: Scope) -> tuple[ActivityView, ...]:
    return tuple(
        _activity(a)
        for a in case.activities.values()
        if scope.full or a.agency == scope.agency
    )


def _activity(activity: Activity) -> ActivityView:
    return ActivityView(
        activity_id=activity.activity_id,
        kind=activity.kind,
        project=activity.project,
        agency=activity.agency,
        occurred_on=activity.occurred_on,
        note=_text(activity.note),
        basis=None if activity.basis is None else basis_view(activity.basis),
        replaces=activity.replaces,
        voided_on=activity.voided_on,
        about_person_id=None if activity.note is None else activity.note.subject_id,
    )
