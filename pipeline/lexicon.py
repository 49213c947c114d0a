"""The rule tables every stage reads, as one validated object (see ``extractors.lexicon``,
where it lives because the pure extractors take it too and never import ``pipeline``).

>>> Lexicon.bundled().json("obligation")["strengths"][0]
'mandatory'
"""
from extractors.lexicon import Lexicon, LexiconError, bundled_dir

__all__ = ["Lexicon", "LexiconError", "bundled_dir"]
