"""Text normalisation: characters (``normalize``) and lines with their offsets (``lines``)."""

from vnplan.text.lines import Line, clean_lines
from vnplan.text.normalize import fold, normalize_chars, unify_tone_marks

__all__ = ["Line", "clean_lines", "fold", "normalize_chars", "unify_tone_marks"]
