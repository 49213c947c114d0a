"""Every extractors module gives an example in its docstrings, and the examples hold."""
import doctest
import importlib
import pkgutil

import pytest

import extractors

MODULES = sorted(m.name for m in pkgutil.iter_modules(extractors.__path__, "extractors."))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name))
    assert result.attempted, f"{name} has no example"
    assert result.failed == 0, f"{name}: {result.failed} example(s) fail (output above)"
