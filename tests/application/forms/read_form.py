"""Reading a built form in tests: an item's value, the choices ticked, all text."""

from __future__ import annotations

from application.forms.model import Checks, Entry, Form, Table, Text


def value(form: Form, label: str) -> str:
    found = [
        i for i in form.items() if isinstance(i, Entry | Text) and i.label == label
    ]
    assert found, label
    item = found[0]
    return item.value if isinstance(item, Entry) else item.text


def labels(form: Form) -> list[str]:
    return [getattr(i, "label", "") for i in form.items()]


def ticked(form: Form, label: str) -> list[str]:
    checks = [i for i in form.items() if isinstance(i, Checks) and i.label == label]
    return [o.label for c in checks for o in c.options if o.checked]


def options(form: Form, label: str) -> list[str]:
    checks = [i for i in form.items() if isinstance(i, Checks) and i.label == label]
    return [o.label for c in checks for o in c.options]


def rows(form: Form, label: str) -> list[tuple[str, ...]]:
    tables = [i for i in form.items() if isinstance(i, Table) and i.label == label]
    assert tables, label
    return list(tables[0].rows)


def all_text(form: Form) -> str:
    """Every value, choice and cell of the form, as one string."""
    parts: list[str] = [form.staff]
    for item in form.items():
        if isinstance(item, Entry):
            parts.append(item.value)
        elif isinstance(item, Text):
            parts.append(item.text)
        elif isinstance(item, Checks):
            parts += [o.text for o in item.options]
        elif isinstance(item, Table):
            parts += [cell for row in item.rows for cell in row]
    return "\n".join(parts)
