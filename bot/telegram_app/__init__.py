"""The Telegram front end: a thin python-telegram-bot layer over the engine (the only package importing `telegram`)."""
