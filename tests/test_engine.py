"""The engine's choices that do not need a model: threads and package checks."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path
from types import SimpleNamespace

import pytest

from visavis.engine import read_package_metadata, thread_settings
from visavis.errors import TranslationError


def argos_settings(device: str = "cpu", **given: str) -> SimpleNamespace:
    """Stand-in for `argostranslate.settings` with some ARGOS_* values set by the user."""
    return SimpleNamespace(
        device=device,
        inter_threads=int(given.get("ARGOS_INTER_THREADS", 1)),
        intra_threads=int(given.get("ARGOS_INTRA_THREADS", 0)),
        get_setting=given.get,
    )


def test_default_threads_are_one_single_threaded_worker_per_core() -> None:
    assert thread_settings(argos_settings()) == (os.cpu_count(), 1)


def test_user_thread_settings_win() -> None:
    assert thread_settings(argos_settings(ARGOS_INTRA_THREADS="2")) == (1, 2)
    assert thread_settings(argos_settings(ARGOS_INTER_THREADS="3")) == (3, 0)


def test_gpu_keeps_argos_defaults() -> None:
    assert thread_settings(argos_settings(device="cuda")) == (1, 0)


def make_package(path: Path, files: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return path


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({"pkg/README.md": "x"}, "no metadata.json"),
        ({"pkg/metadata.json": "{}", "pkg/model/model.bin": ""}, "lacks from_code/to_code"),
        ({"pkg/metadata.json": "{not json", "pkg/model/model.bin": ""}, "not valid JSON"),
        ({"pkg/metadata.json": json.dumps({"from_code": "fr", "to_code": "en"})}, "no model/"),
        (
            {
                "pkg/metadata.json": json.dumps({"from_code": "fr", "to_code": "en"}),
                "pkg/model/model.bin": "",
                "pkg/../../evil": "",
            },
            "unsafe paths",
        ),
    ],
)
def test_broken_package_files_are_refused_before_installing(
    tmp_path: Path, files: dict[str, str], message: str
) -> None:
    package = make_package(tmp_path / "x.argosmodel", files)
    with pytest.raises(TranslationError, match=message):
        read_package_metadata(package)


def test_newest_package_version_sorts_first() -> None:
    from visavis.engine import _version_key

    versions = ["1.0", "1.9", "1.10", "0.9"]
    assert sorted(versions, key=_version_key) == ["1.10", "1.9", "1.0", "0.9"]
