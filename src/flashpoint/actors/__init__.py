"""Actor resolution: mentions -> CAMEO/PLOVER-style actor codes from editable dictionaries."""
from .dictionary import ActorDictionary, fold
from .resolver import ActorResolver

__all__ = ["ActorDictionary", "ActorResolver", "fold"]
