"""Briefing packs as PDF and accessible HTML; pure functions, no Qt, no stores."""
