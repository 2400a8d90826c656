"""Kindness: one new thing and one secret kindness a day, in the terminal."""

__version__ = "0.1.0"
