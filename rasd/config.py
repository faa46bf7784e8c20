"""Layered configuration: packaged defaults, then a user file, then the environment.

User file: ``$RASD_CONFIG`` or ``~/.config/rasd/config.toml`` with keys such as ``db = "news.db"``.
Environment: ``RASD_DB`` (the store file) wins over both.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

from rasd.errors import RasdError

DEFAULTS = {"db": "rasd.db"}


def user_config_path() -> Path:
    return Path(os.environ.get("RASD_CONFIG") or Path.home() / ".config" / "rasd" / "config.toml")


def load() -> dict:
    """The effective configuration.

    Raises:
        RasdError: The user file exists but is not valid TOML.
    """
    config = dict(DEFAULTS)
    path = user_config_path()
    if path.is_file():
        try:
            config.update(tomllib.loads(path.read_text(encoding="utf-8")))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise RasdError(f"{path}: invalid configuration file: {exc}") from exc
    if os.environ.get("RASD_DB"):
        config["db"] = os.environ["RASD_DB"]
    return config


def default_db() -> str:
    return str(load()["db"])
