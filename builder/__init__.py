"""Reversal Digest: turn news articles about companies reversing policies into a static digest."""

__version__ = "0.1.0"
