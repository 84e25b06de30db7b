"""The engine's floor: domain models and every kind of I/O. Never imports Qt."""
