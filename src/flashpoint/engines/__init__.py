"""Engines run the same `Pipeline` over many documents: `local` (nlp.pipe batches)."""
