"""The error family every layer raises and the CLI and window translate for people.

Two kinds, as in qutebrowser's sql module: the environment's fault or the user's
input (``BriefingError`` and its children: say what to do, exit 2) versus a bug
(any other exception: log it and show a report).
"""


class BriefingError(Exception):
    """Something the user or the environment can fix; the message is one line."""


class BadInput(BriefingError):
    """The user gave input we refuse: a malformed file, a bad date, a bad query."""


class NotFound(BriefingError):
    """An id, a file or a language that does not exist."""


class Integrity(BriefingError):
    """A file or bundle failed a check: a signature, a hash, a schema version."""


class StoreError(BriefingError):
    """The disk or the database refused: full, locked, read-only, corrupt."""


class Cancelled(BriefingError):
    """Long work stopped because the user asked it to."""
