"""Test-wide plugins: the PostgreSQL harness (fails, never skips, under CI)."""

pytest_plugins = ["tests.support.pg_plugin"]
