"""Python compiled from ui/*.ui by pyside6-uic (tools/build_ui.py). Do not edit by hand."""
