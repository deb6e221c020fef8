"""The frozen build's entry point: the ``briefing`` command (``briefing.cli.main``).

A frozen executable is not a Python interpreter, yet ``briefing self-test`` builds the
window in a child started as ``sys.executable -c CODE ARGS`` so that a crash there cannot
take the check down with it. Here that one form is served as the interpreter would:
the code runs with ``sys.argv == ["-c", *ARGS]``. Anything else goes to the CLI.
"""

from __future__ import annotations

import sys


def _run_code(code: str, args: list[str]) -> int:
    sys.argv = ["-c", *args]
    namespace = {"__name__": "__main__", "__builtins__": __builtins__}
    exec(compile(code, "<string>", "exec"), namespace)
    return 0


def _main() -> int:
    if len(sys.argv) >= 3 and sys.argv[1] == "-c":
        return _run_code(sys.argv[2], sys.argv[3:])
    from briefing.cli import main

    return main()


if __name__ == "__main__":
    raise SystemExit(_main())
