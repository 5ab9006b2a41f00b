"""Run settings: a module of its own, so that a process that only passes them on (the Ray driver, the CLI)
imports no model code (`pipeline` imports spaCy, 1.5 s of CPU)."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Settings:
    """Run configuration, read once: dictionaries, author override, geocoding switch, batch size."""
    actors_extra: list[str] = field(default_factory=list)
    author: str | None = None
    geocode: bool = True
    batch_size: int = 32
    #: documents longer than this are not coded (the hard cap at ingest is 5M characters)
    max_chars: int = 5_000_000
    #: seconds of coding one document may take before it is given up (checked between sentences)
    doc_timeout: float | None = 600.0

    def run_key(self) -> str | None:
        """What besides the coder version changes the output: author override and extra dictionaries.

        A document coded under another key is coded again; ``None`` for the defaults.
        """
        import hashlib
        from pathlib import Path

        parts = [f"author={self.author or ''}", f"geo={self.geocode}"]
        for p in self.actors_extra:
            try:
                parts.append(hashlib.sha256(Path(p).read_bytes()).hexdigest())
            except OSError:
                parts.append(p)
        if not self.author and not self.actors_extra and self.geocode:
            return None
        return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]
