"""Tiny apps with demo seeders, installed only by tests/core/test_demo_seeding.py."""

RUNS = []  # the labels of the seeders that ran, in order
