"""QSM Desktop: an offline workbench for Qoo10 Japan sellers' 受注メール管理.

The version lives in pyproject.toml only; ``qsm_desktop.core.appinfo.version()`` reads it."""
