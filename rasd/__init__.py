"""Rasd (رصد): Arabic news articles into structured, searchable, source-attributed data."""

__version__ = "0.1.0"
