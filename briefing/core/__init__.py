"""The pure domain: dataclasses, errors, text rules. No I/O, nothing of ours imported."""
