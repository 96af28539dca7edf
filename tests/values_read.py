"""The values a text reads, by key: the one helper of the wording tests (tests/test_heldout_classes_*.py)."""
import reportparse


def values_read(text: str) -> dict:
    """Each value read, by its key (the whole's: requests.new for requests.new|applicant=total)."""
    return {k.split("|applicant=total")[0]: v for k, v in reportparse.parse_text(text).values().items()
            if v is not None}
