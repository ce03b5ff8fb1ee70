"""Test support code shared by the test layers (PostgreSQL harness, pytest plugin)."""
