"""The bundled content: built from data/, read-only at run time, replaced whole."""
