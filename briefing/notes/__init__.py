"""What the user writes: annotations and briefings in user.db. Precious."""
