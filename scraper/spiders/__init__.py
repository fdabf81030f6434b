"""Spiders of the health-archive project."""
