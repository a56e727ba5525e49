"""The coaching engine: flows, triage, answers and reminders, independent of Telegram."""
