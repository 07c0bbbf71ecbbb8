"""Helpers shared by tests that write pages in the shape of real disclosures."""
from __future__ import annotations


def html(page: str) -> str:
    """A page of lines and <table>s as a web page (each line break kept)."""
    return "<html><body>" + page.replace("\n", "<br>") + "</body></html>"
