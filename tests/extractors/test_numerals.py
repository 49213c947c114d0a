import pytest

from extractors.numerals import parse_number


@pytest.mark.parametrize("s, value", [
    ("60", 60), ("６０", 60), ("2.5", 2.5), ("一百二十", 120), ("六十", 60), ("十五", 15), ("二〇二四", 2024),
    ("两", 2), ("一千零五", 1005), ("三万", 30000),
])
def test_parse_number(s, value):
    assert parse_number(s) == value


def test_parse_number_rejects_words():
    with pytest.raises(ValueError):
        parse_number("二十大")
