"""The app, `today` and `log` are parsed without argparse when their arguments are plain."""

from __future__ import annotations

import random

import pytest

from kindness_tui.cli.errors import UsageError
from kindness_tui.cli.parser import build_parser
from kindness_tui.cli.quick_args import _APP_OPTIONS, _QUICK_OPTIONS, quick_args

PLAIN = [
    [],
    ["--db", "j.json"],
    ["--no-mouse", "--debug", "--db", "j.json", "--no-mouse"],
    ["--no-mouse", "today"],
    ["today"],
    ["today", "--json"],
    ["today", "--db", "j.json"],
    ["--db", "j.json", "today", "--json"],
    ["--db", "a.json", "today", "--db", "b.json"],
    ["--debug", "today"],
    ["today", "--debug", "--json", "--json"],
    ["--db", "today", "today"],
    ["log", "--note", "x"],
    ["log", "--note", ""],
    ["log", "--note", "two\nlines", "--note", "last wins"],
    ["log", "--plan", "--new", "a walk", "--new-value", "Care"],
    ["--db", "j.json", "log", "--date", "yesterday", "--kindness", "a kindness"],
    ["log", "--kindness-value", "care", "--self", "rested", "--mood", "7", "--db", "k.json"],
    ["log", "--new", "today", "--kindness", "log"],
    ["log", "--new", "a walk", "--how", "slowly", "--says", "I can start"],
    [
        "log",
        "--new-how",
        "slowly",
        "--new-says",
        "brave",
        "--kindness-how",
        "q",
        "--kindness-says",
        "k",
    ],
]

NOT_PLAIN = [
    ["--db"],
    ["--db", "-"],
    ["x"],
    ["--help"],
    ["today", "-h"],
    ["today", "--js"],  # an abbreviation: argparse's to accept
    ["today", "--db=j.json"],
    ["today", "--db"],
    ["today", "--db", "--json"],
    ["today", "extra"],
    ["today", "today"],
    ["--json", "today"],
    ["today", "--no-mouse"],
    ["log", "--note", "-x"],
    ["log", "--mood", "-1"],
    ["log", "--note", "--", "x"],
    ["log", "--json"],
    ["today", "--plan"],
    ["export"],
    ["card"],
    ["--version"],
]


def parsed(args: list[str]) -> dict[str, object] | str:
    try:
        return vars(build_parser().parse_args(args))
    except UsageError as exc:
        return f"usage error: {exc}"
    except SystemExit:
        return "exit"


@pytest.mark.parametrize("args", PLAIN)
def test_plain_arguments_parse_as_argparse_parses_them(args: list[str]) -> None:
    quick = quick_args(args)
    assert quick is not None
    assert vars(quick) == parsed(args)


@pytest.mark.parametrize("args", NOT_PLAIN)
def test_anything_else_is_left_to_argparse(args: list[str]) -> None:
    assert quick_args(args) is None


def test_random_arguments_never_parse_differently() -> None:
    known = {**_APP_OPTIONS, **_QUICK_OPTIONS["today"], **_QUICK_OPTIONS["log"]}
    takes_value = {option for option, (_, takes) in known.items() if takes}
    options = [*known, "-h", "--js", "--note=x"]
    values = ["x", "", "today", "log", "-5", "a b", "-x y", "--", "--json"]
    rng = random.Random(20261126)
    quick_count = 0
    for _ in range(3000):
        args: list[str] = []
        for _ in range(rng.randint(0, 5)):
            option = rng.choice(options)
            args.append(option)
            if option in takes_value and rng.random() < 0.9:
                args.append(rng.choice(values))
        if rng.random() < 0.9:
            args.insert(rng.randint(0, len(args)), rng.choice(["today", "log", "card"]))
        quick = quick_args(args)
        if quick is not None:
            quick_count += 1
            assert vars(quick) == parsed(args), args
    assert quick_count > 300  # the comparison did happen
