"""Ingest: turn files, folders, JSONL/CSV rows and URLs into `Document` records.

Every reader yields `Document` or `IngestError`; a bad file or line never stops the run.
"""
from __future__ import annotations

from .readers import SUPPORTED_SUFFIXES, iter_documents, read_bytes_document

__all__ = ["iter_documents", "read_bytes_document", "SUPPORTED_SUFFIXES"]
