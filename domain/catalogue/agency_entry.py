"""The shape of an entry in the plan's agency catalogue."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from domain.catalogue.fields import Field
from domain.catalogue.projects import Project

_CODE = re.compile(r"^[a-z][a-z0-9_]{1,39}$")


class Operation(StrEnum):
    """How an agency is run (運営形態): by the city, consigned, or private."""

    DIRECT = "direct"
    CONSIGNED = "consigned"
    PRIVATE = "private"
    CITY = "city"

    @property
    def label_ja(self) -> str:
        """The plan's Japanese mark, e.g. 委託."""
        return OPERATION_LABELS_JA[self]


OPERATION_LABELS_JA: Mapping[Operation, str] = MappingProxyType(
    {
        Operation.DIRECT: "直営",
        Operation.CONSIGNED: "委託",
        Operation.PRIVATE: "民営",
        Operation.CITY: "市の課",
    }
)


@dataclass(frozen=True)
class AgencyEntry:
    """An agency (支援関係機関) the plan names: a window, operator or city section.

    `section` is the code of the city section (主管課) that supervises the
    agency's main project; city sections themselves have none.
    """

    code: str
    name_ja: str
    fields: tuple[Field, ...]
    projects: tuple[Project, ...]
    operation: Operation
    address: str | None
    section: str | None

    def __post_init__(self) -> None:
        if not _CODE.match(self.code):
            raise ValueError(f"agency code is not a lowercase ASCII slug: {self.code}")
        if not self.name_ja or not self.projects:
            raise ValueError(f"agency {self.code} needs a name and a project")

    @property
    def label_ja(self) -> str:
        """The Japanese name with the form of operation, e.g. for listings."""
        return f"{self.name_ja}（{self.operation.label_ja}）"
