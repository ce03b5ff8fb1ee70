"""Imports point down only (interfaces → application, projections → domain)."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
STDLIB = sys.stdlib_module_names
ALLOWED: dict[str, tuple[str, ...]] = {
    "domain": ("domain", "eventsourcing.domain"),
    "application": ("domain", "application", "eventsourcing", "cryptography"),
    "projections": ("domain", "projections", "eventsourcing", "psycopg"),
}


def imports_of(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.append(node.module)
    return names


def is_allowed(name: str, allowed: tuple[str, ...]) -> bool:
    top = name.split(".", maxsplit=1)[0]
    return top in STDLIB or any(name == a or name.startswith(a + ".") for a in allowed)


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_a_layer_imports_only_what_lies_below_it(layer: str) -> None:
    files = sorted((ROOT / layer).rglob("*.py"))

    bad = [
        f"{path.relative_to(ROOT)}: {name}"
        for path in files
        for name in imports_of(path)
        if not is_allowed(name, ALLOWED[layer])
    ]

    assert files
    assert bad == []


def test_nothing_outside_interfaces_and_tests_imports_interfaces() -> None:
    files = [
        path
        for layer in ("domain", "application", "projections")
        for path in (ROOT / layer).rglob("*.py")
    ]

    bad = [p for p in files for n in imports_of(p) if n.split(".")[0] == "interfaces"]

    assert bad == []
