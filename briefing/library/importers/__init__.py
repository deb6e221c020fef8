"""Importers that turn official and public files into library items."""
