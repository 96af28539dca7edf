"""Extraction: table rows anchored on labels, digit-run recovery, narrative sentences."""
