"""The server's logging configuration, applied by ``create_app`` unless the host already
configured logging (e.g. ``uvicorn --log-config``). ``LOG_LEVEL`` (INFO), ``LOG_FILE``."""

from __future__ import annotations

import logging
import logging.config
import os


def configure() -> None:
    if logging.getLogger("devora_server").handlers or logging.getLogger().handlers:
        return
    handlers: dict = {"console": {"class": "logging.StreamHandler", "formatter": "plain",
                                  "stream": "ext://sys.stderr"}}
    if os.environ.get("LOG_FILE"):
        handlers["file"] = {"class": "logging.handlers.WatchedFileHandler",
                            "formatter": "plain", "filename": os.environ["LOG_FILE"]}
    logging.config.dictConfig({
        "version": 1, "disable_existing_loggers": False,
        "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
        "handlers": handlers,
        "loggers": {"devora_server": {"level": os.environ.get("LOG_LEVEL", "INFO"),
                                      "handlers": list(handlers), "propagate": False}},
    })
