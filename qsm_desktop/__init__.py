"""QSM Desktop: an offline workbench for Qoo10 Japan sellers' 受注メール管理."""

from qsm_desktop.resources import resources_path

__version__ = "0.1.0"

__all__ = ["__version__", "resources_path"]
