"""QSM Desktop: an offline workbench for Qoo10 Japan sellers' 受注メール管理."""

__version__ = "0.1.0"
