"""Printable forms (帳票): plain models built from what a reader may see."""
