"""The progress line: drawn on each timer tick, cleared before every logged line and at the
end, and leaving no timer or handler behind. (The CLI turns it on only for a terminal:
`test_cli.py` checks that piped output carries none.)"""

from __future__ import annotations

import signal

import pytest

from builder.progress import Progress


def test_progress_draws_on_a_tick_clears_for_the_log_and_cleans_up(
        capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("builder.progress.DELAY_S", 3600.0)  # only the ticks raised below
    before = signal.getsignal(signal.SIGALRM)
    logged: list[str] = []
    with Progress(enabled=True) as progress:
        log = progress.wrap(logged.append)
        signal.raise_signal(signal.SIGALRM)  # the timer's tick, without waiting for it
        drawn = capfd.readouterr().err
        log("content: 3 entries")
        cleared = capfd.readouterr().err
        signal.raise_signal(signal.SIGALRM)
        after = capfd.readouterr().err
    assert drawn.startswith("\r\x1b[Kdigest: building for ") and "after" not in drawn
    assert cleared == "\r\x1b[K" and logged == ["content: 3 entries"]
    assert after.endswith(", after content")
    assert capfd.readouterr().err == "\r\x1b[K"  # the line is gone when the build is
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) == before


def test_a_disabled_progress_sets_no_timer(capfd: pytest.CaptureFixture[str]) -> None:
    with Progress(enabled=False) as progress:
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
        progress.wrap(lambda line: None)("content: 3 entries")
    assert capfd.readouterr().err == ""
