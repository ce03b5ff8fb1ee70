"""Renderers of printable forms (PDF, xlsx) and the font they embed."""
