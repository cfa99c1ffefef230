"""The main window's layout memory: its geometry, the grid's columns and the splitters, kept in
``QSettings`` through gui/view_settings.py and restored when the window (or, for the splitters
inside it, the edit form) is built."""

from __future__ import annotations

from typing import TYPE_CHECKING

from qsm_desktop.gui.grid_columns import apply_default_columns

if TYPE_CHECKING:
    from qsm_desktop.gui.main_window import MainWindow

WINDOW = "main_window"
GRID = "registration_grid"
SPLITTERS = ("mainSplitter", "formSplitter", "bodySplitter", "previewSplitter")
FORM_SPLITTERS = SPLITTERS[1:]  # inside the form: restored when the form is built
# About seven rows of the grid at 860 px; the rest to the form and its preview.
DEFAULT_MAIN_SIZES = [260, 600]


def restore(window: MainWindow) -> None:
    """The window's layout as it was left; the default one the first time."""
    settings = window.settings
    geometry = settings.window_geometry(WINDOW)
    if geometry is not None:
        window.restoreGeometry(geometry)
    table = window.ui.registrationTable
    header = table.horizontalHeader()
    state = settings.header_state(GRID)
    if state is None or not header.restoreState(state):
        apply_default_columns(table)
    window.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
    # The form's own splitters are restored when it is built (restore_form).
    splitter_state = settings.splitter_state("mainSplitter")
    if splitter_state is not None:
        window.ui.mainSplitter.restoreState(splitter_state)
    else:
        window.ui.mainSplitter.setSizes(DEFAULT_MAIN_SIZES)


def restore_form(window: MainWindow) -> None:
    """The splitters inside the edit form, once the form is built."""
    form = window.form
    for name in FORM_SPLITTERS:
        state = window.settings.splitter_state(name)
        if state is not None:
            getattr(form.ui, name).restoreState(state)


def save(window: MainWindow) -> None:
    """Remember the layout (on closing)."""
    settings = window.settings
    settings.set_window_geometry(WINDOW, window.saveGeometry())
    settings.set_header_state(GRID, window.ui.registrationTable.horizontalHeader().saveState())
    settings.set_splitter_state("mainSplitter", window.ui.mainSplitter.saveState())
    form = window.built_form
    if form is not None:  # a form never built keeps the layout remembered before
        for name in FORM_SPLITTERS:
            settings.set_splitter_state(name, getattr(form.ui, name).saveState())
    settings.sync()


def reset_columns(window: MainWindow) -> None:
    """表示 > 列を元に戻す: the grid's default columns, unsorted."""
    window.settings.forget_header_state(GRID)
    apply_default_columns(window.ui.registrationTable)
    window.model.sort(-1)
