"""One actor resolver for the actor tests that do not build their own (loading the dictionary takes seconds)."""
from __future__ import annotations

import pytest

from flashpoint.actors import ActorResolver


@pytest.fixture(scope="session")
def r():
    return ActorResolver()
