"""Shared fixtures: the real spaCy model, one Pipeline per session, an offline gazetteer cache."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("FLASHPOINT_SHARED", ROOT.parent / "shared"))
CORPUS = ROOT / "corpus"
SEED_000 = CORPUS / "000_22febbbc6966d81e.txt"
SEED_002 = CORPUS / "002_28ae739b375ae9cd.txt"

# the gazetteer index is built once per machine into this cache (about 20 s the first time)
os.environ.setdefault("FLASHPOINT_CACHE", str(ROOT / ".pytest_cache" / "flashpoint"))


@pytest.fixture(scope="session")
def pipeline():
    from flashpoint.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def code_text(pipeline):
    """Code one text (optionally with an author / published date) and return its events."""
    from datetime import date

    from flashpoint.ingest.readers import make_document

    def run(text: str, author: str | None = None, published: date | None = None):
        pipeline.settings.author = author
        try:
            doc = make_document(text, fields={"date": published.isoformat() if published else None})
            return pipeline.process([doc])[0].events
        finally:
            pipeline.settings.author = None

    return run


def types(events, modality=("asserted", "reported")):
    return sorted({e.event_type for e in events if e.modality in modality})
