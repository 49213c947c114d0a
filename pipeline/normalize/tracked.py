"""A string that remembers where each character came from.

Normalization rewrites text many times (script conversion, punctuation,
spaces, line joins); every rewrite goes through ``Tracked`` so that the final
text still maps each character to an index of the original.

>>> t = Tracked.of("2024 年 6 月")
>>> t = t.sub(r"(?<=\\d) +(?=[年月])| +(?=\\d)", "")
>>> t.text, t.offsets[:5]
('2024年6月', [0, 1, 2, 3, 5])
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable


@dataclass(frozen=True)
class Tracked:
    text: str
    offsets: list[int]          # len(text) + 1 entries; offsets[i] = source index of text[i]

    @classmethod
    def of(cls, text: str) -> "Tracked":
        return cls(text, list(range(len(text) + 1)))

    def sub(self, pattern: str | re.Pattern, repl: str | Callable[[re.Match], str]) -> "Tracked":
        """``re.sub`` that carries offsets: an equal-length replacement maps char to char,
        any other maps every new character to the start of what it replaced."""
        rx = re.compile(pattern) if isinstance(pattern, str) else pattern
        return self.replace_spans((m.start(), m.end(), repl(m) if callable(repl) else m.expand(repl))
                                  for m in rx.finditer(self.text))

    def replace_spans(self, spans: Iterable[tuple[int, int, str]]) -> "Tracked":
        """Replace non-overlapping ``(start, end, new)`` spans, given in order."""
        out: list[str] = []
        offs: list[int] = []
        pos = 0
        for start, end, new in spans:
            out.append(self.text[pos:start])
            offs.extend(self.offsets[pos:start])
            out.append(new)
            if len(new) == end - start:
                offs.extend(self.offsets[start:end])
            else:
                offs.extend([self.offsets[start]] * len(new))
            pos = end
        if not out:
            return self
        out.append(self.text[pos:])
        offs.extend(self.offsets[pos:])
        return Tracked("".join(out), offs)

    def map_chars(self, convert: Callable[[str], str]) -> "Tracked":
        """Apply a length-preserving conversion (e.g. OpenCC t2s) to the whole text."""
        new = convert(self.text)
        if len(new) == len(self.text):
            return Tracked(new, self.offsets)
        # A converter that changed the length: convert char by char so offsets hold.
        return Tracked("".join(c2 if len(c2 := convert(c)) == 1 else c for c in self.text), self.offsets)

    def slice(self, start: int, end: int) -> "Tracked":
        return Tracked(self.text[start:end], self.offsets[start:end + 1])

    @staticmethod
    def join(parts: list["Tracked"]) -> "Tracked":
        text = "".join(p.text for p in parts)
        offs: list[int] = []
        for p in parts:
            offs.extend(p.offsets[:len(p.text)])
        offs.append(parts[-1].offsets[-1] if parts else 0)
        return Tracked(text, offs)
