"""Build tests/gold/actor_mentions_dev3.jsonl, the third DEVELOPMENT actor-mention set (issue 13).

Tune the actor resolver on the dev sets, never on the frozen held-out actor_mentions.jsonl.
The annotations are written by hand in actor_dev3_annotations.py by an annotator who did not
run the resolver; conventions are docs/annotation-guidelines.md ("Actor mentions"). Every
sentence is quoted from the page cited as `source`. The script refuses a mention that is not
verbatim in its sentence (or a bad code or date), and drops any item whose (query, context) or
source also occurs in the held-out set, or whose source the first or second dev set already
cites, so the sets never share text. The held-out file is compared, never printed.

Run: python3 tests/gold/build_actor_dev3.py
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "actor_mentions_dev3.jsonl"
EARLIER = (HERE / "actor_mentions_dev.jsonl", HERE / "actor_mentions_dev2.jsonl")

sys.path.insert(0, str(HERE))
from actor_dev3_annotations import PAGES  # noqa: E402
from actor_dev_build import build_set  # noqa: E402


def main() -> None:
    build_set(3, PAGES, EARLIER, "dev set 1 or 2", OUT)


if __name__ == "__main__":
    main()
