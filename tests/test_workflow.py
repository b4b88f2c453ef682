"""The GitHub Pages workflow: linted by actionlint, built with GitHub's official Pages actions."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import REPO

WORKFLOW = REPO / ".github" / "workflows" / "pages.yml"


def actionlint() -> str:
    found = shutil.which("actionlint") or str(Path(sys.executable).parent / "actionlint")
    if not Path(found).exists():
        if os.environ.get("CI"):
            pytest.fail("actionlint is not installed (requirements-dev.txt installs it)")
        pytest.skip("actionlint is not installed: pip install -r requirements-dev.txt")
    return found


def test_workflow_passes_actionlint() -> None:
    result = subprocess.run(
        [actionlint(), str(WORKFLOW)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_workflow_deploys_with_the_official_pages_actions() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    for action in (
        "actions/configure-pages@",
        "actions/upload-pages-artifact@",
        "actions/deploy-pages@",
    ):
        assert action in text
    workflow = yaml.safe_load(text)
    steps = workflow["jobs"]["build"]["steps"]
    render = next(step for step in steps if step.get("name") == "Render")
    assert "--base-url" in render["run"], "links must follow the Pages sub-path"
    translate = next(step for step in steps if step.get("name") == "Translate")
    assert translate["if"] == "steps.check.outputs.translate == 'true'"
