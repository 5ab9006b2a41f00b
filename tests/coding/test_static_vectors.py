"""Static sentence vectors (issue 9, item 2): BERT's uncased split and WordPiece in numpy, the version and table
checks, and the dense part of the type model in the coder. A small table written here stands in for the
distilled one (`scripts/build_static_vectors.py`), so these tests need neither torch nor the shipped table."""
from __future__ import annotations

import json

import numpy as np
import pytest

import flashpoint.coding.static_vectors as static_module
from flashpoint.coding.patterns import NOT_EVENT
from flashpoint.coding.static_vectors import STATIC_VERSION, StaticVectors, basic_split
from flashpoint.coding.typemodel import FEATURE_VERSION, TypeModel, dense_features
from flashpoint.records import PLOVER_TYPES
from tests.conftest import types

PIECES = ["[UNK]", "the", "protest", "##ers", "occupied", "square", "in", "t", "##bil", "##isi", ".", ",", "'", "s",
          "floods", "killed", "people", "pakistan", "cafe", "naive", "“", "”"]


def _table(tmp_path, version=STATIC_VERSION, dims=8):
    rng = np.random.default_rng(0)
    path = tmp_path / "static.npz"
    np.savez(path, pieces=np.array(PIECES), vectors=rng.normal(size=(len(PIECES), dims)).astype(np.float16),
             meta=np.array(json.dumps({"static_version": version, "dims": dims})))
    return path


def test_split_is_berts_uncased_split():
    assert basic_split("Zelenskyy's café — “naïve”, 30%") == \
        ["zelenskyy", "'", "s", "cafe", "—", "“", "naive", "”", ",", "30", "%"]


def test_wordpiece_is_greedy_longest_match(tmp_path):
    sv = StaticVectors.load(_table(tmp_path))
    ids = {p: i for i, p in enumerate(PIECES)}
    assert sv.wordpiece("protesters") == [ids["protest"], ids["##ers"]]
    assert sv.wordpiece("tbilisi") == [ids["t"], ids["##bil"], ids["##isi"]]
    # a word with a remainder no piece covers is one unknown, as in BERT
    assert sv.wordpiece("protestxyz") == [ids["[UNK]"]]


def test_sentence_vector_is_the_unit_mean_of_its_pieces(tmp_path):
    sv = StaticVectors.load(_table(tmp_path))
    v = sv.embed_words(["Protesters", "occupied", "the", "square", "in", "Tbilisi", "."])
    assert v.shape == (8,) and abs(float(np.linalg.norm(v)) - 1) < 1e-5
    ids = [2, 3, 4, 1, 5, 6, 7, 8, 9, 10]
    mean = sv.vectors[ids].sum(axis=0)
    assert np.allclose(v, mean / np.linalg.norm(mean), atol=1e-5)
    assert not sv.embed_words([]).any()
    assert np.allclose(sv.embed_text("Floods killed people"), sv.embed_words(["Floods", "killed", "people"]))


def test_a_table_of_another_version_is_refused(tmp_path):
    with pytest.raises(ValueError, match="build_static_vectors"):
        StaticVectors.load(_table(tmp_path, version=STATIC_VERSION + 1))


def test_a_type_model_of_another_feature_version_is_refused(tmp_path):
    """The type model and the static table are read by one loader (artifacts.load_versioned): each names the script
    that rewrites it; an absent file is no model."""
    path = tmp_path / "model.npz"
    np.savez(path, meta=np.array(json.dumps({"feature_version": FEATURE_VERSION + 1})))
    with pytest.raises(ValueError, match="train_type_model"):
        TypeModel.load(path)
    assert TypeModel.load(tmp_path / "absent.npz") is None and StaticVectors.load(tmp_path / "absent.npz") is None


def test_dense_features_put_the_parts_side_by_side(tmp_path):
    sv = StaticVectors.load(_table(tmp_path))
    words = ["Floods", "killed", "people", "in", "Pakistan", "."]
    d = dense_features(words, 1, ["sent", "win", "pred"], 1, sv)
    assert d.shape == (24,)
    assert np.allclose(d[:8], sv.embed_words(words)) and np.allclose(d[8:16], sv.embed_words(words[0:3]))
    assert np.allclose(d[16:], sv.embed_words(["killed"]))


KHARKIV = "Russian forces shelled the city of Kharkiv overnight."


def _dense_model(tmp_path, monkeypatch, rel_sign: float, digest: str | None = None):
    """A type model with no sparse weights and a dense relevance part that says yes (rel_sign > 0) or no."""
    sv = StaticVectors.load(_table(tmp_path))
    monkeypatch.setattr(static_module, "load_static", lambda: sv)
    monkeypatch.setattr(static_module, "static_digest", lambda path=None: "table-a")
    classes = sorted(set(PLOVER_TYPES) | {NOT_EVENT})
    meta = {"feature_version": FEATURE_VERSION,
            "decode": {"drop": 0.5, "margin": 0.2, "new": 0.9, "max_new": 1, "new_alone": False, "relevance": 0.5,
                       "relevance_actor": 0.5, "drop_actor": 1.1},
            "dense": {"parts": ["sent"], "window": 3, "static_sha256": digest or "table-a"}}
    path = tmp_path / "model.npz"
    np.savez(path, classes=np.array(classes), names=np.array(["lem=x"]), coef=np.zeros((len(classes), 1)),
             intercept=np.zeros(len(classes)), rel_names=np.array(["s=x"]), rel_coef=np.zeros(1),
             rel_intercept=np.array(0.0), dense_coef=np.zeros((len(classes), 8)),
             rel_dense_coef=(rel_sign * 50 * sv.embed_text(KHARKIV)).astype(np.float32), meta=np.array(json.dumps(meta)))
    return TypeModel.load(path)


def test_a_dense_model_is_refused_with_another_table(tmp_path, monkeypatch):
    with pytest.raises(ValueError, match="other static vectors"):
        _dense_model(tmp_path, monkeypatch, 1.0, digest="table-b")


def test_the_dense_relevance_part_decides_in_the_coder(pipeline, tmp_path, monkeypatch):
    from flashpoint.ingest.readers import make_document

    def got(model, text):
        monkeypatch.setattr(pipeline.coder, "model", model)
        return types(pipeline.process([make_document(text)])[0].events)

    text = KHARKIV
    yes, no = _dense_model(tmp_path, monkeypatch, 1.0), _dense_model(tmp_path, monkeypatch, -1.0)
    assert yes.dense_coef is not None
    # the same sentence vector, read by opposite weights: kept, then dropped
    assert "ASSAULT" in got(yes, text)
    assert not got(no, text)
