"""Folder settings that would make outputs overlap inputs are refused, with their line, before
anything is written or deleted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import REPO, write_tree

from visavis.cli import main
from visavis.config import load_config, with_overrides
from visavis.errors import ConfigError, ManyErrors, VisavisError
from visavis.serve import reload_config, serving_config

OUTPUT_HINT = (
    "(hint: every build writes pages there and deletes the ones it no longer makes; give the "
    "site a folder of its own, such as 'public')"
)
CACHE_HINT = (
    "(hint: the output folder is published and the input folders are read; give the cache a "
    "folder of its own, such as '.cache/visavis')"
)
INPUT_HINT = (
    "(hint: visavis writes and deletes files in the output and cache folders: keep inputs apart)"
)
TILDE_HINT = "(hint: write the full path, or a path inside the project)"
ARTICLE = "---\ntitle: Le marché ouvre tôt\n---\nLe maire a visité les stands ce matin.\n"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder of its own, beside (not above) the project."""
    folder = tmp_path.resolve() / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    return folder


@pytest.fixture
def site(tmp_path: Path, home: Path) -> Path:
    """A project two folders below tmp_path, with its own inputs."""
    root = tmp_path.resolve() / "work" / "site"
    write_tree(
        root,
        {
            "content/marche.fr.md": ARTICLE,
            "seeds/.keep": "",
            "layouts/base.html": "mine",
        },
    )
    return root


def configure(site: Path, text: str) -> Path:
    return write_tree(site, {"config.yaml": text}) / "config.yaml"


def problems(path: Path) -> list[str]:
    """Every problem load_config reports, as the user reads it."""
    try:
        load_config(path)
    except ManyErrors as error:
        return [str(inner) for inner in error.errors]
    except VisavisError as error:
        return [str(error)]
    return []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("output_dir: layouts", "'output_dir': 'layouts' is the layouts folder ('layouts_dir': "),
        ('output_dir: ".."', "'output_dir': '..' contains the project folder"),
        ('output_dir: "."', "'output_dir': '.' is the project folder"),
        ('output_dir: ""', "'output_dir': '' is the project folder"),
        ("output_dir: seeds", "'output_dir': 'seeds' is the seeds folder ('seeds_dir': 'seeds')"),
        (
            "output_dir: content",
            "'output_dir': 'content' is the content folder ('content_dir': 'content')",
        ),
        (
            "output_dir: seeds/site",
            "'output_dir': 'seeds/site' lies inside the seeds folder ('seeds_dir': 'seeds')",
        ),
        (
            "output_dir: layouts/public",
            "'output_dir': 'layouts/public' lies inside the layouts folder ('layouts_dir': ",
        ),
        (
            "output_dir: .cache",
            "'output_dir': '.cache' contains the cache folder ('cache_dir': '.cache/visavis')",
        ),
        (
            "output_dir: .cache/visavis",
            "'output_dir': '.cache/visavis' is the cache folder ('cache_dir': '.cache/visavis')",
        ),
        ('output_dir: "/"', "'output_dir': '/' is the root folder /"),
    ],
)
def test_an_output_folder_over_an_input_is_refused_with_its_line(
    site: Path, text: str, message: str
) -> None:
    path = configure(site, f"title: Édition\n{text}\n")
    message = message.replace("('layouts_dir': ", "('layouts_dir': 'layouts')")
    assert problems(path) == [f"{path}:2: {message} {OUTPUT_HINT}"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "cache_dir: public/cache",
            f"'cache_dir': 'public/cache' lies inside the output folder ('output_dir': 'public') "
            f"{CACHE_HINT}",
        ),
        (
            "cache_dir: content",
            f"'cache_dir': 'content' is the content folder ('content_dir': 'content') {CACHE_HINT}",
        ),
        (
            "cache_dir: layouts/.cache",
            "'cache_dir': 'layouts/.cache' lies inside the layouts folder ('layouts_dir': "
            f"'layouts') {CACHE_HINT}",
        ),
        (
            "content_dir: public",
            f"'content_dir': 'public' is the output folder ('output_dir': 'public') {INPUT_HINT}",
        ),
        (
            "seeds_dir: public/seeds",
            "'seeds_dir': 'public/seeds' lies inside the output folder ('output_dir': 'public') "
            f"{INPUT_HINT}",
        ),
    ],
)
def test_a_cache_or_input_folder_overlapping_the_output_is_refused_on_its_own_line(
    site: Path, text: str, message: str
) -> None:
    path = configure(site, f"title: Édition\n{text}\n")
    assert problems(path) == [f"{path}:2: {message}"]


def test_the_home_folder_and_what_holds_it_are_refused_as_absolute_paths(
    site: Path, home: Path
) -> None:
    path = configure(site, f"output_dir: {json.dumps(str(home))}\n")
    assert problems(path) == [f"{path}:1: 'output_dir': '{home}' is the home folder {OUTPUT_HINT}"]
    configure(site, f"output_dir: {json.dumps(str(home.parent))}\n")
    assert problems(path) == [
        f"{path}:1: 'output_dir': '{home.parent}' contains the project folder {OUTPUT_HINT}"
    ]


def test_an_absolute_path_to_an_input_is_refused_like_a_relative_one(site: Path) -> None:
    layouts = site / "layouts"
    path = configure(site, f"output_dir: {json.dumps(str(layouts))}\n")
    assert problems(path) == [
        f"{path}:1: 'output_dir': '{layouts}' is the layouts folder ('layouts_dir': 'layouts') "
        f"{OUTPUT_HINT}"
    ]


@pytest.mark.parametrize("value", ["~", "~/public", "~/.cache/visavis"])
def test_a_folder_starting_with_a_tilde_is_refused_not_made_inside_the_project(
    site: Path, value: str
) -> None:
    path = configure(site, f"title: x\ncache_dir: {json.dumps(value)}\n")
    assert problems(path) == [
        f"{path}:2: 'cache_dir': '{value}' starts with '~', which visavis does not expand "
        f"{TILDE_HINT}"
    ]
    assert not (site / "~").exists()


def test_a_symlink_is_followed_to_the_folder_it_leads_to(site: Path) -> None:
    (site / "site-link").symlink_to(site / "layouts")
    (site / "public" / "cache").mkdir(parents=True)
    (site / "cache-link").symlink_to(site / "public" / "cache")
    path = configure(site, "output_dir: site-link\n")
    assert problems(path) == [
        f"{path}:1: 'output_dir': 'site-link' (which leads to {site / 'layouts'}) is the layouts "
        f"folder ('layouts_dir': 'layouts') {OUTPUT_HINT}"
    ]
    configure(site, "title: x\ncache_dir: cache-link\n")
    assert problems(path) == [
        f"{path}:2: 'cache_dir': 'cache-link' (which leads to {site / 'public' / 'cache'}) lies "
        f"inside the output folder ('output_dir': 'public') {CACHE_HINT}"
    ]


def test_a_symlink_that_leads_outside_the_project_passes(site: Path, tmp_path: Path) -> None:
    shared = tmp_path.resolve() / "shared-layouts"
    shared.mkdir()
    (site / "theme").symlink_to(shared)
    assert problems(configure(site, "layouts_dir: theme\n")) == []


def test_a_symlinked_layouts_folder_inside_the_output_is_refused(site: Path) -> None:
    (site / "public").mkdir()
    (site / "theme").symlink_to(site / "public")
    path = configure(site, "layouts_dir: theme\n")
    assert problems(path) == [
        f"{path}:1: 'layouts_dir': 'theme' (which leads to {site / 'public'}) is the output "
        f"folder ('output_dir': 'public') {INPUT_HINT}"
    ]


def test_every_problem_is_reported_at_once_in_the_files_order(site: Path) -> None:
    path = configure(
        site, "output_dir: layouts\ncache_dir: content/.cache\nper_page: 0\nseeds_dir: layouts\n"
    )
    assert problems(path) == [
        f"{path}:1: 'output_dir': 'layouts' is the seeds folder ('seeds_dir': 'layouts') "
        f"{OUTPUT_HINT}",
        f"{path}:1: 'output_dir': 'layouts' is the layouts folder ('layouts_dir': 'layouts') "
        f"{OUTPUT_HINT}",
        f"{path}:2: 'cache_dir': 'content/.cache' lies inside the content folder ('content_dir': "
        f"'content') {CACHE_HINT}",
        f"{path}:3: 'per_page' must be positive",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "output_dir: public\ncache_dir: .cache/visavis\n",
        'output_dir: "public/"\ncache_dir: ".cache"\n',
        f"layouts_dir: {json.dumps(str(REPO / 'layouts'))}\ncache_dir: .cache\n",
        "output_dir: build/site\ncache_dir: build/cache\n",
        "content_dir: public-content\n",
    ],
    ids=["defaults", "defaults-written", "trailing-slash", "shared-layouts", "siblings", "prefix"],
)
def test_ordinary_folder_settings_pass(site: Path, text: str) -> None:
    assert problems(configure(site, text)) == []


def test_an_output_folder_outside_the_project_passes(site: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path.resolve() / "www" / "edition"
    assert problems(configure(site, f"output_dir: {json.dumps(str(elsewhere))}\n")) == []


def test_a_missing_config_gives_defaults_that_pass(site: Path) -> None:
    config = load_config(site / "config.yaml")
    assert config.folder("output_dir") == site / "public"


def test_a_folder_of_the_wrong_type_is_not_also_compared(site: Path) -> None:
    path = configure(site, "output_dir: 5\ncontent_dir: public\n")
    assert problems(path) == [f"{path}:1: 'output_dir' must be text"]


def test_an_override_is_judged_by_the_rules_of_the_file_and_names_its_option(
    site: Path,
) -> None:
    config = load_config(configure(site, "title: Édition\n"))
    with pytest.raises(ConfigError) as caught:
        with_overrides(config, {"output_dir": "layouts"}, "--some-option")
    assert str(caught.value) == (
        "--some-option: 'output_dir': 'layouts' is the layouts folder ('layouts_dir': "
        f"'layouts') {OUTPUT_HINT}"
    )


def test_an_override_that_makes_a_written_key_wrong_names_that_keys_line(site: Path) -> None:
    path = configure(site, "title: Édition\ncache_dir: build/cache\n")
    with pytest.raises(ConfigError) as caught:
        with_overrides(load_config(path), {"output_dir": "build"}, "--some-option")
    assert str(caught.value) == (
        f"{path}:2: 'cache_dir': 'build/cache' lies inside the output folder ('output_dir': "
        f"'build') {CACHE_HINT}"
    )


def test_serves_private_folder_outside_the_project_passes_and_survives_a_reload(
    site: Path, tmp_path: Path
) -> None:
    config = load_config(configure(site, "title: Édition\n"))
    private = tmp_path.resolve() / "visavis-serve-x"
    served = serving_config(config, private)
    assert served.folder("output_dir") == private
    configure(site, "title: Autre\n")
    reloaded = reload_config(served)
    assert (reloaded.title, reloaded.folder("output_dir")) == ("Autre", private)


def test_serves_reload_keeps_the_base_url_option(site: Path, tmp_path: Path) -> None:
    config = load_config(configure(site, "title: Édition\nbase_url: /\n"))
    address = "https://user.github.io/repo/"
    private = tmp_path.resolve() / "visavis-serve-x"
    served = serving_config(with_overrides(config, {"base_url": address}, "--base-url"), private)
    assert (reload_config(served).base_url, reload_config(served).site_path) == (address, "/repo/")


def test_serves_private_folder_is_refused_inside_an_input_folder(site: Path) -> None:
    config = load_config(configure(site, "title: Édition\n"))
    private = site / "layouts" / "visavis-serve-x"
    with pytest.raises(ConfigError) as caught:
        serving_config(config, private)
    assert str(caught.value) == (
        f"serve's private output folder: 'output_dir': '{private}' lies inside the layouts "
        f"folder ('layouts_dir': 'layouts') {OUTPUT_HINT}"
    )


# --- through the command line: nothing written, nothing deleted ---------------------------------


def files_below(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


@pytest.mark.parametrize(
    "command", [[], ["build"], ["render"], ["ingest"], ["translate"], ["status"], ["serve"]]
)
def test_a_refused_folder_stops_every_command_before_anything_is_touched(
    site: Path, tmp_path: Path, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    path = configure(site, "title: Édition\noutput_dir: layouts\n")
    before = files_below(tmp_path)
    assert main(["--config", str(path), *command]) == 1
    err = capsys.readouterr().err
    expected = (
        f"error: {path}:2: 'output_dir': 'layouts' is the layouts folder ('layouts_dir': "
        f"'layouts') {OUTPUT_HINT}"
    )
    assert err.splitlines() == [expected]
    assert files_below(tmp_path) == before
    assert sorted(p.name for p in site.iterdir()) == ["config.yaml", "content", "layouts", "seeds"]


def test_the_base_url_option_leaves_the_folder_rule_alone(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    layouts = json.dumps(str(REPO / "layouts"))
    path = configure(site, f"title: Édition\nlayouts_dir: {layouts}\ncache_dir: .cache\n")
    args = ["--config", str(path), "--base-url", "https://user.github.io/repo/", "render"]
    assert main(args) == 0
    assert "https://user.github.io/repo/" in (site / "public" / "feed.xml").read_text("utf-8")
    configure(site, f"title: Édition\nlayouts_dir: {layouts}\noutput_dir: content\n")
    capsys.readouterr()
    assert main(args) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"error: {path}:3: 'output_dir': 'content' is the content folder ('content_dir': "
        f"'content') {OUTPUT_HINT}"
    ]
