"""flashpoint: political event-data coder (PLOVER/CAMEO) and conflict early-warning toolkit."""

__version__ = "0.2.0"
#: Recorded on every event so a store can tell which rules produced it.
CODER_VERSION = f"flashpoint-{__version__}"
