"""Checks for the SVG and HTML the card and the report write: well-formed, and nothing raw."""

from __future__ import annotations

import re
from html.parser import HTMLParser

VOID = {"meta", "br", "img", "hr", "link", "input", "wbr", "col", "area", "base", "source"}
SVG_EMPTY_OK = {"rect", "line", "circle", "path", "stop"}
RAW_CONTROL = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200b\u2060\ufeff\u200e\u200f]"
)
"""Control, direction and invisible characters: none may reach the page raw."""


class _Balance(HTMLParser):
    """Every element closed in order (an HTML page checked as strictly as XML)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID and tag.lower() not in SVG_EMPTY_OK | {"stop"}:
            self.problems.append(f"<{tag}/> closed in its start tag")

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> does not close {self.stack[-1:] or 'anything'}")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse_html(page: str) -> _Balance:
    """The page parsed; asserts it is balanced and holds nothing raw."""
    parser = _Balance()
    parser.feed(page)
    parser.close()
    assert parser.problems == [], parser.problems[:5]
    assert parser.stack == [], parser.stack
    assert not RAW_CONTROL.search(page), RAW_CONTROL.search(page)
    return parser


def tag_names(page: str) -> set[str]:
    return {tag for tag, _ in parse_html(page).tags}
