"""The code version: which installed library versions it covers, read without
importlib.metadata."""

import sys
from importlib import metadata
from pathlib import Path

from visavis.codeversion import OUTPUT_LIBRARIES, code_version, installed_versions


def test_the_output_libraries_versions_are_those_importlib_metadata_reports() -> None:
    versions = installed_versions(OUTPUT_LIBRARIES, sys.path)

    assert versions == {name: metadata.version(name) for name in OUTPUT_LIBRARIES}


def test_a_distribution_is_found_whatever_the_case_and_separators_of_its_folder_name(
    tmp_path: Path,
) -> None:
    (tmp_path / "pyyaml-7.1.dist-info").mkdir()
    (tmp_path / "Zope.Interface-6.0.dist-info").mkdir()
    (tmp_path / "markdown-4.0.0.dist-info").mkdir()
    (tmp_path / "markdown_it-1.0.dist-info").mkdir()  # another project, not Markdown

    versions = installed_versions(("PyYAML", "Markdown", "zope_interface"), [str(tmp_path)])

    assert versions == {"PyYAML": "7.1", "Markdown": "4.0.0", "zope_interface": "6.0"}


def test_the_first_folder_on_the_path_wins_as_it_does_for_imports(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    (first / "Jinja2-3.2.0.dist-info").mkdir(parents=True)
    (second / "jinja2-3.1.6.dist-info").mkdir(parents=True)

    versions = installed_versions(("Jinja2",), [str(first), str(tmp_path / "gone"), str(second)])

    assert versions == {"Jinja2": "3.2.0"}


def test_a_distribution_that_is_not_installed_is_left_out(tmp_path: Path) -> None:
    assert installed_versions(("nh3",), [str(tmp_path)]) == {}


def test_the_code_version_is_a_stable_digest() -> None:
    assert len(code_version()) == 64
    assert code_version() == code_version()
