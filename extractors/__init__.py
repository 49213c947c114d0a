"""Pure extractors over a clause's normalized text: ``text -> Iterator[Span]``.

Each yields frozen spans (``extractors.spans``) whose ``text == given[start:end]``;
rules live in ``corpora/lexicons/`` and are loaded once through ``extractors.lexicon``.
No spaCy, no ``pipeline`` imports.
"""
from extractors.citations import get_citations, normalize_doc_number
from extractors.deadlines import get_deadlines
from extractors.numerals import parse_number
from extractors.obligation import get_modal_cues, obligation_of
from extractors.targets import get_targets
from extractors.units import get_actors, get_units, role_of, unknown_units, units_in_list

__all__ = [
    "get_actors", "get_citations", "get_deadlines", "get_modal_cues", "get_targets", "get_units",
    "normalize_doc_number", "obligation_of", "parse_number", "role_of", "unknown_units", "units_in_list",
]
