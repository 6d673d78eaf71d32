import pytest

from eventwire.ingest._common import normalise_published, valid_day


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("2024-04-19", "2024-04-19"),
        ("2024-04-19T10:15:00Z", "2024-04-19"),
        ("2024-04-19 10:15", "2024-04-19"),
        ("20240419101500", "2024-04-19"),
        ("26-FEB-1987 15:01:01.79", "1987-02-26"),
        ("19 April 2024", "2024-04-19"),
        ("Friday, April 19, 2024", "2024-04-19"),
        ("Apr. 19 2024", "2024-04-19"),
        ("Fri, 19 Apr 2024 10:15:00 GMT", "2024-04-19"),
        ("2024-02-30", None),
        ("2024", None),
        ("last Friday", None),
        ("", None),
        (None, None),
        (20240419, None),
    ],
)
def test_normalise_published(raw, iso):
    assert normalise_published(raw) == iso


def test_valid_day():
    assert valid_day("2024-02-29")
    assert not valid_day("2023-02-29")
    assert not valid_day("2024-02-29T00:00")
