"""The PySide6 desktop GUI. Talks to the core only through its service, catalog and engine."""
