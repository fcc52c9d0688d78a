"""Dates and numbers in the reader's form (settings.FORMAT_MODULE_PATH points here).

Django's own locale formats are kept except where they differ from how our readers write: a Finn writes
28.12.2026, a Swede 2026-12-28, an Estonian 28.12.2026, and an English reader in Europe 28 Dec 2026 (never the US
12/28/2026). The long and the short form are the same on purpose, so a list and a page agree.
"""
