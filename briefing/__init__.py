"""Briefing: an offline library and briefing packs for integration decision-makers."""

__version__ = "0.1.0"
