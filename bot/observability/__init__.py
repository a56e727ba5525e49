"""Metrics and structured logs for running the bot as a service; no Telegram here."""
