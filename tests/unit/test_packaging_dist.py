"""The frozen build's recipe and the Linux installer, checked without building (`make dist` does).

The spec is read, not run: its data list must name files that exist and land where
``briefing.paths`` looks in a frozen tree, and its plugin filter must keep what the
window needs. install-linux.sh runs into a scratch root with a fake tree.
"""

from __future__ import annotations

import ast
import configparser
import glob
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path, PurePosixPath
from typing import Any

import pytest

from briefing import cli, paths
from briefing.library.build import build_content

ROOT = paths.source_root()
PACKAGING = ROOT / "resources" / "packaging"
SPEC = PACKAGING / "briefing.spec"
INSTALLER = PACKAGING / "install-linux.sh"
FIXTURE = ROOT / "tests" / "ui" / "data"
APP_ID = paths.DESKTOP_ID


def _constant(node: ast.stmt) -> bool:
    """``NAME = [...]``, ``(...)`` or a literal: the spec's settings."""
    return (
        isinstance(node, ast.Assign)
        and isinstance(node.targets[0], ast.Name)
        and isinstance(node.value, ast.List | ast.Tuple | ast.Constant)
    )


def _spec_namespace() -> dict[str, Any]:
    """The spec's constants and its ``_wanted`` filter, without PyInstaller's globals."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"), str(SPEC))
    kept: list[ast.stmt] = [
        node
        for node in tree.body
        if _constant(node) or (isinstance(node, ast.FunctionDef) and node.name == "_wanted")
    ]
    namespace: dict[str, Any] = {"Path": Path}
    exec(compile(ast.Module(body=kept, type_ignores=[]), str(SPEC), "exec"), namespace)
    return namespace


SPEC_NS = _spec_namespace()


def test_every_file_the_spec_collects_exists() -> None:
    for pattern, _target in SPEC_NS["DATA"]:
        assert glob.glob(str(ROOT / pattern)), f"briefing.spec names {pattern}: nothing there"
    assert (PACKAGING / "frozen_main.py").is_file()
    assert "frozen_main.py" in SPEC.read_text(encoding="utf-8")


def _bundle_path(pattern: str, target: str) -> PurePosixPath:
    return PurePosixPath(target) / PurePosixPath(pattern).name


def test_the_bundle_holds_what_paths_looks_for_where_it_looks() -> None:
    # In a frozen tree source_root() is sys._MEIPASS, so each file must sit at the same
    # path relative to it as in the checkout.
    collected = {_bundle_path(p, t) for p, t in SPEC_NS["DATA"]}
    wanted = [
        paths.bundled_content(),
        paths.resource("i18n", "briefing_fi.qm"),
        paths.resource("i18n", "briefing_sv.qm"),
        paths.resource("icons", "briefing.svg"),
        paths.resource("fonts", "DejaVuSans.ttf"),
        paths.resource("fonts", "DejaVuSerif-BoldItalic.ttf"),
        paths.resource("keys", "README.md"),
        paths.resource("packaging", f"{APP_ID}.desktop"),
        paths.resource("packaging", f"{APP_ID}.metainfo.xml"),
    ]
    for path in wanted:
        relative = PurePosixPath(path.relative_to(ROOT).as_posix())
        assert any(relative.match(str(c)) for c in collected), f"{relative} is not collected"
    for pattern, target in SPEC_NS["DATA"] + SPEC_NS["OPTIONAL_DATA"]:
        assert PurePosixPath(pattern).parent == PurePosixPath(target), (pattern, target)


def test_a_private_key_left_in_the_keys_folder_is_not_shipped(tmp_path: Path) -> None:
    keys = tmp_path / "resources" / "keys"
    keys.mkdir(parents=True)
    for name in ("README.md", "publisher.pub", "publisher.key", "notes.txt"):
        (keys / name).write_text("x", encoding="utf-8")
    shipped = {
        Path(match).name
        for pattern, _target in SPEC_NS["DATA"] + SPEC_NS["OPTIONAL_DATA"]
        for match in glob.glob(str(tmp_path / pattern))
    }
    assert shipped == {"README.md", "publisher.pub"}


def _plugins() -> Path:
    import PySide6  # the wheel's files only: nothing is loaded

    return Path(PySide6.__file__).parent / "Qt" / "plugins"


def test_the_qt_filter_keeps_the_platforms_the_window_needs_and_drops_the_rest() -> None:
    wanted = SPEC_NS["_wanted"]
    platforms = sorted(p.name for p in (_plugins() / "platforms").iterdir())
    kept = [name for name in platforms if wanted(f"PySide6/Qt/plugins/platforms/{name}")]
    assert kept == sorted(SPEC_NS["PLATFORMS"])
    assert {"libqxcb.so", "libqoffscreen.so"} <= set(kept)
    assert len(kept) < len(platforms)  # vnc, eglfs and the like left out
    assert wanted("PySide6/Qt/plugins/imageformats/libqsvg.so")  # the window's icon
    assert wanted("PySide6/Qt/plugins/iconengines/libqsvgicon.so")
    assert not wanted("PySide6/Qt/plugins/tls/libqopensslbackend.so")
    assert not wanted("PySide6/Qt/plugins/platformthemes/libqgtk3.so")
    assert wanted("PySide6/Qt/lib/libQt6Gui.so.6")


def test_qt_translations_are_kept_for_the_interface_languages_only() -> None:
    wanted = SPEC_NS["_wanted"]
    folder = _plugins().parent / "translations"
    shipped = sorted(p.name for p in folder.glob("qtbase_*.qm"))
    kept = [name for name in shipped if wanted(f"PySide6/Qt/translations/{name}")]
    assert kept == ["qtbase_fi.qm", "qtbase_sv.qm"]


def test_word_form_and_hyphenation_dictionaries_of_the_library_languages_are_kept() -> None:
    import pyphen
    import simplemma

    wanted = SPEC_NS["_wanted"]
    lemma_dir = Path(simplemma.__file__).parent / "strategies" / "dictionaries" / "data"
    kept = sorted(
        p.name
        for p in lemma_dir.glob("*.plzma")
        if wanted(f"simplemma/strategies/dictionaries/data/{p.name}")
    )
    assert kept == ["en.plzma", "fi.plzma", "sv.plzma"]  # what `content build` loads
    hyph_dir = Path(pyphen.__file__).parent / "dictionaries"
    kept = sorted(
        p.name for p in hyph_dir.glob("hyph_*.dic") if wanted(f"pyphen/dictionaries/{p.name}")
    )
    # briefing/export/hyphenation.py asks pyphen for "sv" and "en_GB".
    assert kept == ["hyph_en_GB.dic", "hyph_sv.dic"]
    assert pyphen.language_fallback("sv") is not None


@pytest.fixture(scope="module")
def content(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("content") / "content.db"
    build_content(FIXTURE, out)
    return out


def test_self_test_builds_its_window_through_the_frozen_entry_point(
    tmp_path: Path, content: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    # A frozen build's sys.executable is the briefing program itself: self-test's child
    # (`sys.executable -c CODE ...`) must be served by frozen_main.py, not by argparse.
    frozen = tmp_path / "briefing"
    frozen.write_text(
        f'#!/bin/sh\nexec "{sys.executable}" "{PACKAGING / "frozen_main.py"}" "$@"\n',
        encoding="utf-8",
    )
    frozen.chmod(0o755)
    monkeypatch.setattr(sys, "executable", str(frozen))
    profile = tmp_path / "profile"
    status = cli.main(["--profile", str(profile), "--content", str(content), "self-test"])
    out = capsys.readouterr().out
    assert status == 0, out
    assert "ok   window" in out


def test_the_frozen_entry_point_runs_the_cli_otherwise() -> None:
    done = subprocess.run(
        [sys.executable, str(PACKAGING / "frozen_main.py"), "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and done.stdout.startswith("briefing "), done.stderr


# install-linux.sh ------------------------------------------------------------------


def _fake_tree(where: Path, version: str = "1.0") -> Path:
    """A frozen tree as `make dist` lays it out, with a shell script for the program."""
    tree = where / "briefing"
    resources = tree / "_internal" / "resources"
    (resources / "packaging").mkdir(parents=True)
    (resources / "icons").mkdir()
    for name in (f"{APP_ID}.desktop", f"{APP_ID}.metainfo.xml"):
        shutil.copy(PACKAGING / name, resources / "packaging" / name)
    shutil.copy(ROOT / "resources" / "icons" / "briefing.svg", resources / "icons")
    program = tree / "briefing"
    program.write_text(f"#!/bin/sh\necho briefing {version}\n", encoding="utf-8")
    program.chmod(0o755)
    (tree / "_internal" / f"only-in-{version}.txt").write_text(version, encoding="utf-8")
    shutil.copy(INSTALLER, tree / "install-linux.sh")
    return tree


def _install(tree: Path, root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "DESTDIR"}
    return subprocess.run(
        ["bash", str(tree / "install-linux.sh"), "--destdir", str(root), *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


def _files(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if not p.is_dir()}


def _policy(tmp_path: Path) -> Path:
    policy = tmp_path / "policy.ini"
    policy.write_text("[briefing]\norganisation = Esimerkin kaupunki\n", encoding="utf-8")
    return policy


def test_install_puts_program_command_launcher_icon_and_policy_in_place(tmp_path: Path) -> None:
    tree, root = _fake_tree(tmp_path), tmp_path / "root"
    done = _install(tree, root, str(_policy(tmp_path)))
    assert done.returncode == 0, done.stderr
    link = root / "usr/local/bin/briefing"
    assert os.readlink(link) == "/opt/briefing/briefing"  # the final path, not the scratch one
    program = root / "opt/briefing/briefing"
    assert subprocess.run([program], capture_output=True, text=True).stdout == "briefing 1.0\n"
    assert (root / "opt/briefing/_internal/resources/icons/briefing.svg").is_file()
    desktop = root / f"usr/share/applications/{APP_ID}.desktop"
    assert desktop.read_bytes() == (PACKAGING / f"{APP_ID}.desktop").read_bytes()
    assert (root / f"usr/share/metainfo/{APP_ID}.metainfo.xml").is_file()
    assert (root / f"usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg").is_file()
    policy = configparser.ConfigParser()
    policy.read(root / "etc/briefing/policy.ini", encoding="utf-8")
    assert policy["briefing"]["organisation"] == "Esimerkin kaupunki"
    for path in (desktop, root / "etc/briefing/policy.ini"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert not any(name.endswith((".new", ".old")) for name in _files(root))


def test_install_twice_is_the_same_and_an_upgrade_leaves_nothing_of_the_old(
    tmp_path: Path,
) -> None:
    root = tmp_path / "root"
    old = _fake_tree(tmp_path / "old", "1.0")
    assert _install(old, root).returncode == 0
    first = _files(root)
    assert _install(old, root).returncode == 0
    assert _files(root) == first
    new = _fake_tree(tmp_path / "new", "2.0")
    assert _install(new, root).returncode == 0
    installed = _files(root)
    assert "opt/briefing/_internal/only-in-2.0.txt" in installed
    assert "opt/briefing/_internal/only-in-1.0.txt" not in installed
    assert (root / "opt/briefing/briefing").read_text(encoding="utf-8").endswith("2.0\n")


def test_uninstall_removes_the_program_and_keeps_it_policy(tmp_path: Path) -> None:
    tree, root = _fake_tree(tmp_path), tmp_path / "root"
    assert _install(tree, root, str(_policy(tmp_path))).returncode == 0
    done = _install(tree, root, "--uninstall")
    assert done.returncode == 0, done.stderr
    assert _files(root) == {"etc/briefing/policy.ini"}
    assert not (root / "usr/local/bin/briefing").is_symlink()
    again = _install(tree, root, "--uninstall")
    assert again.returncode == 0, again.stderr


def test_uninstall_leaves_a_briefing_command_that_is_not_ours(tmp_path: Path) -> None:
    tree, root = _fake_tree(tmp_path), tmp_path / "root"
    (root / "usr/local/bin").mkdir(parents=True)
    (root / "usr/local/bin/briefing").symlink_to("/somewhere/else/briefing")
    assert _install(tree, root, "--uninstall").returncode == 0
    assert os.readlink(root / "usr/local/bin/briefing") == "/somewhere/else/briefing"


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        ("no-section", "no [briefing] section"),
        ("missing-policy", "cannot read the policy file"),
        ("no-program", "no briefing executable"),
    ],
)
def test_a_bad_policy_or_tree_is_refused_before_anything_is_written(
    tmp_path: Path, setup: str, message: str
) -> None:
    tree, root = _fake_tree(tmp_path), tmp_path / "root"
    policy = tmp_path / "policy.ini"
    if setup == "no-section":
        policy.write_text("organisation = X\n", encoding="utf-8")
    if setup == "no-program":
        (tree / "briefing").unlink()
        policy = _policy(tmp_path)
    done = _install(tree, root, str(policy))
    assert done.returncode == 2
    assert message in done.stderr and done.stderr.count("\n") == 1
    assert not root.exists()


def test_install_without_root_or_destdir_is_refused(tmp_path: Path) -> None:
    command = ["bash", "-s"]  # the script on stdin: an unprivileged user may not read tmp_path
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("runs as root and setpriv (util-linux) is missing")
        command = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", *command]
    with INSTALLER.open("rb") as script:
        done = subprocess.run(command, stdin=script, capture_output=True, cwd="/", check=False)
    assert done.returncode == 2, done.stderr
    assert b"run as root" in done.stderr


def test_the_shell_scripts_parse() -> None:
    for script in (INSTALLER, PACKAGING / "smoke-test.sh"):
        done = subprocess.run(["bash", "-n", str(script)], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
