"""One word, any form: "lain" finds the rows that say "laki", in our library and in Finlex texts."""

from __future__ import annotations

import random
import re
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing import paths
from briefing.core.errors import BriefingError, StoreError
from briefing.library import official
from briefing.library.build import SCHEMA_VERSION, build_content
from briefing.library.libdb import LibraryDb
from briefing.library.query import parse
from briefing.library.store import LibraryStore
from briefing.library.text import WORD, term

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"
REAL = ROOT.parent / "shared" / "realdata" / "finlex"
LOCAL_GOVERNMENT = REAL / "statute-2015-410-fin-local-government.xml"

# (what is typed, another form of the same word that rows hold without the typed one)
FINNISH = [
    ("lain", "laki"),
    ("laki", "lain"),
    ("lakia", "laissa"),
    ("laissa", "laki"),
    ("kunta", "kunnan"),
    ("kunnan", "kunta"),
    ("kunnassa", "kunta"),
    ("kunnan", "kunnassa"),
    ("tuki", "tuen"),
    ("tuen", "tuki"),
    ("lapsi", "lapsen"),
    ("lapsen", "lasten"),
]
SWEDISH = [
    ("lag", "lagen"),
    ("lagen", "lag"),
    ("lagar", "lagen"),
    ("kommun", "kommunen"),
    ("kommunen", "kommun"),
    ("kommuner", "kommunen"),
    # Snowball joins the forms above already; these it leaves apart (år / åren: år, åren).
    ("år", "åren"),
    ("åren", "år"),
    ("länder", "land"),
]


@pytest.fixture(scope="module")
def content(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("forms") / "content.db"
    build_content(DATA, out)
    return out


@pytest.fixture(scope="module")
def store(content: Path) -> Iterator[LibraryStore]:
    library = LibraryStore(content)
    yield library
    library.close()


def _words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(text)}


def rows_holding(db: Path, lang: str, word: str, without: str) -> set[str]:
    """Ids of the rows in ``lang`` whose text or title has ``word`` but not ``without``."""
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT doc_id, title, text FROM docs WHERE lang = ?", (lang,))
        return {
            doc_id
            for doc_id, title, text in rows
            if word in _words(f"{title} {text}") and without not in _words(f"{title} {text}")
        }
    finally:
        conn.close()


def found(store: LibraryStore, typed: str, lang: str) -> set[str]:
    return {h.id for h in store.search(typed, lang=lang, limit=200)}


@pytest.mark.parametrize(("typed", "other"), FINNISH + SWEDISH)
def test_a_form_finds_every_row_holding_another_form(
    store: LibraryStore, content: Path, typed: str, other: str
) -> None:
    lang = "sv" if (typed, other) in SWEDISH else "fi"
    wanted = rows_holding(content, lang, other, without=typed)
    assert wanted, f"the library has no row with {other!r} and without {typed!r}"
    # While typing (the last word is also a prefix) and once the word is finished.
    for text in (typed, f"{typed} "):
        assert wanted <= found(store, text, lang), text


def forms_of(db: Path, lemma: str) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        return {r[0] for r in conn.execute("SELECT form FROM forms WHERE lemma = ?", (lemma,))}
    finally:
        conn.close()


def test_the_snippet_marks_the_form_the_row_holds(store: LibraryStore, content: Path) -> None:
    # Marked: the words whose index term is one of a form of "laki" ("lailla" too).
    laki = {term(form, "fi") for form in forms_of(content, "laki")}
    wanted = rows_holding(content, "fi", "laki", without="lain")
    hits = [h for h in store.search("lain ", lang="fi", limit=200) if h.id in wanted]
    assert hits
    for hit in hits:
        shown = {term(part.split("]")[0], "fi") for part in hit.snippet.split("[")[1:]}
        assert shown and shown <= laki, hit.snippet
    assert any("[laki]" in h.snippet.lower() for h in hits)


def test_two_words_in_other_forms_find_the_row(store: LibraryStore, content: Path) -> None:
    kunta, laki = forms_of(content, "kunta") - {"kunnan"}, forms_of(content, "laki") - {"lain"}
    conn = sqlite3.connect(content)
    try:
        rows = conn.execute("SELECT doc_id, title || ' ' || text FROM docs WHERE lang = 'fi'")
        wanted = {
            doc_id
            for doc_id, text in rows
            if (words := _words(text)) & kunta and words & laki and not words & {"kunnan", "lain"}
        }
    finally:
        conn.close()
    assert wanted
    assert wanted <= found(store, "kunnan lain ", "fi")


def test_compound_is_not_taken_for_its_first_part(store: LibraryStore, content: Path) -> None:
    only_first = rows_holding(content, "fi", "hyvinvointi", without="hyvinvointialueen")
    conn = sqlite3.connect(content)
    try:
        texts = dict(conn.execute("SELECT doc_id, title || ' ' || text FROM docs"))
    finally:
        conn.close()
    only_first = {d for d in only_first if not any(
        w.startswith("hyvinvointialu") for w in _words(texts[d]))}  # fmt: skip
    assert only_first, "the library has no row saying hyvinvointi without hyvinvointialue"
    hits = store.search("hyvinvointialueen ", lang="fi", limit=200)
    assert hits
    assert not {h.id for h in hits} & only_first
    for hit in hits[:10]:
        assert "[hyvinvointialue" in hit.snippet.lower(), hit.snippet


def test_kin_comes_from_the_dictionary_not_from_guessing(content: Path) -> None:
    lib = LibraryDb(content, official=False)

    class Db:
        @staticmethod
        def kin(word: str, langs: tuple[str, ...]) -> frozenset[str]:
            return frozenset(t for _, terms in lib.kin(word, langs) for t in terms)

    db = Db()
    try:
        laki = db.kin("lain", ("fi",))
        assert {"laki", "lain", "lak", "lais"} <= laki
        assert db.kin("kunnan", ("fi",)) >= {"kunt", "kun"}
        assert db.kin("tuen", ("fi",)) >= {"tuki", "tuen"}
        assert db.kin("lapsen", ("fi",)) >= {"lap", "laps", "last"}  # lapsi, lapsen, lasta
        assert db.kin("hyvinvointialueen", ("fi",)) == frozenset()
        assert not db.kin("lain", ("sv",))  # languages not searched add nothing
        assert db.kin("681/2023", ("fi",)) == frozenset()
        assert db.kin("m", ("en", "sv")) == frozenset()  # not every form of "be"
        # Two readings: the one other words of the library share wins ("työn", "työtä").
        assert "työn" in db.kin("työ", ("fi",)) and "sinä" not in db.kin("työ", ("fi",))
        assert "lak" in db.kin("lain", ("fi",)) and "lay" not in db.kin("lain", ("fi",))
    finally:
        lib.close()


def test_hostile_input_with_word_forms_is_never_syntax(store: LibraryStore) -> None:
    rng = random.Random(11)
    pieces = ['"', "'", "(", ")", "*", "^", ":", "-", "NEAR", "OR", "AND", "NOT", "{", "}"]
    forms = ["lain", "kunnan", "tuen", "lapsen", "lagen", "kommunen", "laki"]
    for _ in range(300):
        text = " ".join(rng.choice(pieces + forms) for _ in range(rng.randint(1, 8)))
        store.search(text)  # raises StoreError if FTS5 rejected the expression
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE f USING fts5(title, context, body, tags)")
    parsed = parse(
        "lain", ("fi",), lambda stem: [], kin=lambda w, langs: (("fi", frozenset({'a"b', "c*"})),)
    )
    assert parsed is not None
    conn.execute("SELECT rowid FROM f WHERE f MATCH ?", [parsed.expression()])


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The profile's official.db with the real Local Government Act 410/2015 in Finnish."""
    if not LOCAL_GOVERNMENT.is_file():
        pytest.skip(f"no real Finlex file at {REAL}")
    profile = tmp_path_factory.mktemp("official") / "profile"
    official.import_finlex(profile, [LOCAL_GOVERNMENT])
    return paths.official_db(profile)


@pytest.mark.parametrize(
    ("typed", "other"),
    [("lain", "laki"), ("laki", "lain"), ("laissa", "lain"), ("tuki", "tuen"),
     ("lapsen", "lasten"), ("kunnan", "kunta")],
)  # fmt: skip
def test_forms_are_joined_in_an_imported_official_text(
    content: Path, imported: Path, typed: str, other: str
) -> None:
    # The import itself loads no dictionary: the bundled library's word forms serve both.
    wanted = rows_holding(imported, "fi", other, without=typed)
    assert wanted
    store = LibraryStore(content, imported)
    try:
        hits = [h for h in store.search(f"{typed} ", lang="fi", limit=200) if h.official]
    finally:
        store.close()
    assert wanted <= {h.id for h in hits}
    by_id = {h.id: h for h in hits}
    assert any(f"[{other}]" in by_id[d].snippet.lower() for d in wanted)


def test_searching_never_loads_the_dictionaries(content: Path, tmp_path: Path) -> None:
    # What the window does: open the store, search as the person types, import a text.
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from briefing.library import official\n"
        "from briefing.library.store import LibraryStore\n"
        f"content, real, profile = Path({str(content)!r}), Path({str(REAL)!r}), Path(sys.argv[1])\n"
        "store = LibraryStore(content)\n"
        "for text in ('l', 'la', 'lai', 'lain', 'kunnan lapsen', 'lagen '):\n"
        "    store.search(text)\n"
        "assert store.search('lain ')\n"
        "if real.is_dir():\n"
        "    official.import_finlex(profile, [real / 'statute-2018-1050-fin.xml'])\n"
        "names = ('simplemma', 'briefing.library.lemmas')\n"
        "loaded = [m for m in sys.modules if m.startswith(names)]\n"
        "print(loaded)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "profile")],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )  # fmt: skip
    assert out.stdout.strip() == "[]"


def test_older_databases_stay_usable_and_the_users_imports_are_rebuilt(
    content: Path, tmp_path: Path
) -> None:
    # A library installed from a bundle of schema 2 (no word-form tables) still opens
    # after a program update: search joins forms by stem alone until a new bundle.
    old = tmp_path / "old-content.db"
    old.write_bytes(content.read_bytes())
    conn = sqlite3.connect(old)
    conn.execute("UPDATE meta SET value = '2' WHERE key = 'schema'")
    conn.execute("DROP TABLE forms")
    conn.execute("DROP TABLE lemmas")
    conn.commit()
    conn.close()
    library = LibraryStore(old)
    try:
        hits = library.search("kotoutumisohjelma", lang="fi")
        assert "act-681-2023/s-13" in [h.id for h in hits]
        assert library.search("lain ", lang="fi")  # the typed form itself still matches
    finally:
        library.close()
    # A schema this program cannot read is refused with one line.
    conn = sqlite3.connect(old)
    conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema'")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="another version of Briefing; rebuild it"):
        LibraryStore(old)
    # The user's official.db is rebuilt in place from its own copy of each import.
    if not LOCAL_GOVERNMENT.is_file():
        pytest.skip(f"no real Finlex file at {REAL}")
    profile = tmp_path / "profile"
    official.import_finlex(profile, [LOCAL_GOVERNMENT])
    conn = sqlite3.connect(paths.official_db(profile))
    conn.execute("UPDATE meta SET value = '2' WHERE key = 'schema'")
    conn.execute("DROP TABLE forms")
    conn.execute("DROP TABLE lemmas")
    conn.commit()
    conn.close()
    # The window opens the library first: that is where the upgrade has to happen.
    store = LibraryStore(content, paths.official_db(profile))
    try:
        assert any(h.official for h in store.search("lain ", lang="fi"))
        assert store.get("act-410-2015", "fi", official=True).sections
    finally:
        store.close()
    conn = sqlite3.connect(paths.official_db(profile))
    try:
        schema = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        assert schema == (str(SCHEMA_VERSION),)
        assert conn.execute("SELECT count(*) FROM forms").fetchone() == (0,)
    finally:
        conn.close()
    assert [a.id for a in official.list_imports(profile)] == ["act-410-2015"]


def test_a_build_without_the_dictionaries_says_so_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing.library import lemmas

    monkeypatch.setattr(lemmas, "_loaded", {})
    monkeypatch.setitem(sys.modules, "simplemma.strategies", None)  # as if not installed
    with pytest.raises(BriefingError, match=r"^cannot load the \w\w word-form dictionary"):
        build_content(DATA, tmp_path / "content.db")
    assert not (tmp_path / "content.db").exists()


@pytest.mark.parametrize(
    ("typed", "first", "also"),
    [
        ("kuntalaki", "act-410-2015", "act-201-1994"),  # Kuntalaki before Kotikuntalaki
        ("kotikuntalaki", "act-201-1994", None),
        ("kuntalain", "act-410-2015", "act-201-1994"),
    ],
)
def test_the_act_named_exactly_comes_before_a_compound_holding_its_name(
    store: LibraryStore, typed: str, first: str, also: str | None
) -> None:
    ids = [h.id for h in store.search(typed, lang="fi")]
    assert ids[0] == first, ids
    if also:
        assert also in ids, ids  # still found: its name holds the word


def test_a_long_word_is_not_cut_down_to_the_start_of_other_words(store: LibraryStore) -> None:
    # "hallintopäätös" less three letters stems to "hallintop"; cut once more it was
    # "hallinto", and every "Hallintolaki" row matched a search for a decision.
    for hit in store.search("hallintopäätös", lang="fi", limit=50):
        marked = [w.lower() for w in re.findall(r"\[([^\]]+)\]", hit.snippet)]
        assert marked, hit.id
        assert all(w.startswith("hallintop") for w in marked), (hit.id, marked)


def test_an_imported_act_named_by_its_title_comes_first_with_our_summary(
    content: Path, tmp_path: Path
) -> None:
    if not LOCAL_GOVERNMENT.is_file():
        pytest.skip(f"no real Finlex file at {REAL}")
    profile = tmp_path / "profile"
    official.import_finlex(profile, [LOCAL_GOVERNMENT])
    store = LibraryStore(content, paths.official_db(profile))
    try:
        hits = store.search("kuntalaki", lang="fi")
        # Finlex gives no common name; the title "Kuntalaki" is the name. The small
        # official.db's bm25 is not on content.db's scale: named acts lead regardless.
        assert [(h.id, h.official) for h in hits[:2]] == [
            ("act-410-2015", False),
            ("act-410-2015", True),
        ]
        assert hits[0].score > hits[1].score > hits[2].score
    finally:
        store.close()
