"""Hip Thrust Coach: a coaching bot for a pain-free barbell hip thrust."""
