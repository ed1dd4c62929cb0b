"""What the ingest probes (tests/test_ingest_unseen*.py) share."""

from __future__ import annotations

import pytest


def known_failures(cases: list, failing: set[int], reason: str) -> list:
    """The cases with the ids in `failing` marked as strict expected failures: what ingest
    still gets wrong is on record, and a fix shows up as an unexpected pass."""
    return [
        pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason=reason))
        if index in failing
        else case
        for index, case in enumerate(cases)
    ]
