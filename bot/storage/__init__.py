"""Persistent storage: the database engine, the tables, their migrations and the repository functions."""
