"""`jusou cycle …`: the support cycle's acts at the command line, as a member of staff.

Each command names the acting user (`--user`), who is judged by the same
access policy and the same domain rules as over REST: the same action, the
same refusals (exit 1, the refusal said in one line), the same events.
Bodies with several parts (an assessment's sheet, a monitoring's goals) are
read from a JSON file in the shape the REST route takes.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Annotated, TypeVar
from uuid import UUID

import typer
from pydantic import BaseModel, ValidationError
from rich.console import Console

from application.access.actor import Actor
from application.access.policy import Action, authorise
from application.case_ledger import CaseLedger
from application.cases.forms import BasisForm, GoalForm
from application.errors import ApplicationError
from domain.errors import DomainError
from interfaces.cli.common import open_ledger
from interfaces.http.routes.assessments import AssessRequest
from interfaces.http.routes.plan_follow_up import MonitoringRequest

app = typer.Typer(
    help="支援の経過 (the support cycle): assess, decide, agree, monitor, evaluate, "
    "close, transfer, assign a worker",
    no_args_is_help=True,
)
err = Console(stderr=True, soft_wrap=True)  # one line: scripts grep it
User = Annotated[UUID, typer.Option(help="The acting member of staff's user id.")]
On = Annotated[date | None, typer.Option(help="The business date (default today).")]


def _act(
    user: UUID, case_id: UUID | None, action: Action, do: Callable[..., int]
) -> None:
    """Authorise `user` for `action` (on the case), run `do`, say the new version."""
    with open_ledger() as ledger:
        try:
            actor = ledger.actor_of(ledger.get_user(user))
            if case_id is None:
                authorise(actor, action)
            else:
                ledger.authorise_case(actor, action, case_id)
            version = do(ledger, actor)
        except (DomainError, ApplicationError) as exc:
            err.print(f"[red]記録できません (refused):[/red] {exc}")
            raise typer.Exit(1) from None
    err.print(f"recorded: version {version}")


Body = TypeVar("Body", bound=BaseModel)


def _body(model: type[Body], path: Path) -> Body:
    try:
        return model.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, ValidationError) as exc:
        err.print(f"[red]{path} is not a valid body:[/red] {exc}")
        raise typer.Exit(2) from None


@app.command()
def assess(
    case_id: UUID,
    user: User,
    sheet: Annotated[Path, typer.Option(help="JSON: {findings: [...]}, as REST")],
) -> None:
    """アセスメント: record the sheet (areas: GET /v1/assessment-areas)."""
    body = _body(AssessRequest, sheet)

    def do(ledger: CaseLedger, actor: Actor) -> int:
        on = body.assessed_on or ledger.today()
        return ledger.assess(actor, case_id, assessed_on=on, findings=body.forms())[1]

    _act(user, case_id, Action.WORK_ON_CASE, do)


@app.command()
def decide(case_id: UUID, user: User, on: On = None) -> None:
    """支援決定: the city section records its support decision."""

    def do(ledger: CaseLedger, actor: Actor) -> int:
        return ledger.decide_support(actor, case_id, decided_on=on or ledger.today())

    _act(user, None, Action.DECIDE_SUPPORT, do)


@app.command()
def agree(  # noqa: PLR0917 (typer options)
    case_id: UUID,
    plan_id: UUID,
    user: User,
    revision: Annotated[int, typer.Option(min=1)],
    how: Annotated[str, typer.Option(help="signed (署名) or oral (口頭)")],
    on: On = None,
) -> None:
    """本人同意: the person agreed to a revision of the plan."""

    def do(ledger: CaseLedger, actor: Actor) -> int:
        when = on or ledger.today()
        return ledger.agree_to_plan(
            actor, case_id, plan_id, revision=revision, agreed_on=when, how=how
        )

    _act(user, case_id, Action.WORK_ON_CASE, do)


@app.command()
def monitor(
    case_id: UUID,
    plan_id: UUID,
    user: User,
    goals: Annotated[Path, typer.Option(help="JSON: {goals: [...]}, as REST")],
) -> None:
    """モニタリング: progress on each goal of the plan."""
    body = _body(MonitoringRequest, goals)
    forms = tuple(
        GoalForm(g.goal, g.progress.value, g.changes, g.next_steps) for g in body.goals
    )

    def do(ledger: CaseLedger, actor: Actor) -> int:
        on = body.monitored_on or ledger.today()
        found = ledger.monitor_plan(
            actor, case_id, plan_id, monitored_on=on, goals=forms
        )
        return found[1]

    _act(user, case_id, Action.WORK_ON_CASE, do)


@app.command()
def evaluate(  # noqa: PLR0917 (typer options)
    case_id: UUID,
    plan_id: UUID,
    user: User,
    outcome: Annotated[str, typer.Option(help="continue, revise or end")],
    next_review: Annotated[date | None, typer.Option(help="for continue")] = None,
    note: Annotated[str | None, typer.Option(help="why (needed to end)")] = None,
    on: On = None,
) -> None:
    """評価: continue (with the next review date), revise, or end the plan."""

    def do(ledger: CaseLedger, actor: Actor) -> int:
        return ledger.evaluate_plan(
            actor, case_id, plan_id, evaluated_on=on or ledger.today(),
            outcome=outcome, next_review_on=next_review, note=note,
        )  # fmt: skip

    _act(user, case_id, Action.WORK_ON_CASE, do)


@app.command()
def close(
    case_id: UUID,
    user: User,
    reason_code: Annotated[str, typer.Option(help="GET /v1/support-cycle")],
    note: Annotated[str | None, typer.Option()] = None,
    on: On = None,
) -> None:
    """終結: close the case for a coded reason."""

    def do(ledger: CaseLedger, actor: Actor) -> int:
        when = on or ledger.today()
        return ledger.close_case(actor, case_id, when, note, reason_code=reason_code)

    _act(user, case_id, Action.MANAGE_CASE, do)


@app.command()
def transfer(  # noqa: PLR0917 (typer options)
    case_id: UUID,
    user: User,
    to: Annotated[str, typer.Option(help="The receiving agency's code")],
    statute: Annotated[str | None, typer.Option(help="GET /v1/statutes")] = None,
    reason: Annotated[str | None, typer.Option(help="why the statute")] = None,
    on: On = None,
) -> None:
    """移管: hand the case to another agency (a consent unless a statute)."""
    basis = (
        None if statute is None else BasisForm("statute", None, None, statute, reason)
    )

    def do(ledger: CaseLedger, actor: Actor) -> int:
        when = on or ledger.today()
        return ledger.transfer_case(
            actor, case_id, to_agency=to, transferred_on=when, basis=basis
        )[1]

    _act(user, case_id, Action.TRANSFER_CASE, do)


@app.command("assign-worker")
def assign_worker(case_id: UUID, user: User, worker: UUID, on: On = None) -> None:
    """担当変更: the holding agency names its worker."""

    def do(ledger: CaseLedger, actor: Actor) -> int:
        when = on or ledger.today()
        return ledger.assign_worker(actor, case_id, worker=worker, assigned_on=when)

    _act(user, case_id, Action.ASSIGN_WORKER, do)
