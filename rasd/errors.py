"""Named exceptions, one per layer. Messages say what went wrong and what to do."""


class RasdError(Exception):
    """Base class of every error Rasd raises on purpose."""


class IngestError(RasdError):
    """An input file, line or record could not be read as an article.

    The message names the source (``file``, ``file:line`` or ``file#record``).
    """

    def __init__(self, source: str, reason: str):
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class PipelineError(RasdError):
    """An analysis component failed or was misconfigured."""


class StoreError(RasdError):
    """The SQLite store could not be opened, migrated, written or queried."""


class QueryError(StoreError):
    """A search query or filter is invalid (never a raw SQLite error)."""
