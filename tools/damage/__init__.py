"""Generator of the damaged-table fixtures of tests/fixtures/damage/ (entry point: tools/make_damage_fixtures.py)."""
