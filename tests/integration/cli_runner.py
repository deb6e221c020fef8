"""Shared by the CLI tests: a small library built from sources, and the command run in-process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.library.build import build_content


def build_library(tmp_path_factory: pytest.TempPathFactory, sources: dict[str, str]) -> Path:
    """Write ``{"legislation/act-681-2023.fi.md": text, ...}`` and build a content.db from it."""
    src = tmp_path_factory.mktemp("src")
    for name, text in sources.items():
        path = src / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    out = tmp_path_factory.mktemp("content") / "content.db"
    build_content(src, out)
    return out


class Cli:
    """``briefing --profile P --content C ARGS``; checks the exit code and the one-line error."""

    def __init__(self, content: Path, profile: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.base = ["--profile", str(profile), "--content", str(content)]
        self.capsys = capsys

    def __call__(self, *args: str, code: int = 0) -> str:
        self.capsys.readouterr()
        status = main([*self.base, *args])
        out, err = self.capsys.readouterr()
        assert status == code, err
        if code:
            assert err.count("\n") == 1 and "Traceback" not in err
            return err
        return out

    def json(self, *args: str) -> object:
        return json.loads(self(*args, "--json"))
