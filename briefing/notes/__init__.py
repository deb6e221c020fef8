"""What the user writes: annotations and briefings in user.db. Precious.

The way in, for the CLI and the window alike:

- ``store.open_store(profile, author=...) -> NotesStore``: checked (a damaged file is a
  ``StoreError`` naming the newest good backup), migrated (``migrations``, with a
  backup first) and backed up at most daily (``backup``). One store per thread;
  every changing call commits before it returns, under ``BEGIN IMMEDIATE``.
- ``targets.annotate(store, library, target_id, note, quote=..., near=..., official=...)``:
  a note on an item or section, anchored in ``markdown.to_plain`` of its body: of our
  summary or of the imported official text (``Annotation.official`` records which).
- ``reanchor.ensure_anchored(store, library, official=official_version(path))``: after
  the bundled library or the official texts changed, re-attach every note in the text
  it was made on and mark it ``changed`` or ``orphaned`` (never dropped).
- ``exchange``: ``.briefing`` files (``fileformat``) and W3C Web Annotation JSON.
"""
