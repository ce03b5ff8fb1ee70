"""Tamper evidence: an RFC 9162 Merkle log over every stored event."""
