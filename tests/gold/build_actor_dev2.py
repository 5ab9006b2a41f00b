"""Build tests/gold/actor_mentions_dev2.jsonl, the second DEVELOPMENT actor-mention set (issue 13).

Tune the actor resolver on the dev sets, never on the frozen held-out actor_mentions.jsonl.
The annotations are written by hand in actor_dev2_annotations.py by an annotator who did not
run the resolver; conventions are docs/annotation-guidelines.md ("Actor mentions"). Every
sentence is quoted from the page cited as `source`. The script refuses a mention that is not
verbatim in its sentence (or a bad code or date), and drops any item whose (query, context) or
source also occurs in the held-out set, or whose source the first dev set already cites, so
the sets never share text. The held-out file is compared, never printed.

Run: python tests/gold/build_actor_dev2.py
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "actor_mentions_dev2.jsonl"
EARLIER = (HERE / "actor_mentions_dev.jsonl",)

sys.path.insert(0, str(HERE))
from actor_dev2_annotations import PAGES  # noqa: E402
from actor_dev_build import build_set  # noqa: E402


def main() -> None:
    build_set(2, PAGES, EARLIER, "actor_mentions_dev.jsonl", OUT)


if __name__ == "__main__":
    main()
