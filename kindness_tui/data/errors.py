"""The journal's own errors: each `str()` is one line a person can act on.

Kept apart from the storage so the interface can catch them without importing it.
"""

from __future__ import annotations


class JournalError(Exception):
    """A problem with the journal file itself; `str()` is one line a person can act on."""


class JournalUnreadable(JournalError):
    """The journal is not something this app may overwrite."""


class JournalLocked(JournalError):
    """Another process held the lock for too long."""

    def __init__(self, message: str, holder: str = "another process") -> None:
        super().__init__(message)
        self.holder = holder
        """Who holds the lock, as it wrote itself into the lock file (untrusted text)."""


class JournalReadOnly(JournalError):
    """The journal comes from a newer version of the app, or could not be changed."""
