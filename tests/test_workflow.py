"""The GitHub Pages workflow: what it runs is what the README promises, and the build command
it uses works with the base URL that actions/configure-pages hands it."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from builder.scaffold import pages_workflow
from tests.conftest import REPO, run_digest

WORKFLOW = REPO / ".github" / "workflows" / "pages.yml"


def _workflow() -> dict:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as true
    return data


def _uses(job: dict, action: str) -> dict:
    steps = [step for step in job["steps"] if str(step.get("uses", "")).startswith(action + "@")]
    assert steps, f"no step uses {action}"
    return steps[0]


def test_this_repositorys_digest_publishes_like_any_other() -> None:
    """The repository's workflow is the one `digest new` writes, installing the checkout."""
    assert WORKFLOW.read_text(encoding="utf-8") == pages_workflow(".", "pyproject.toml")


def test_pages_workflow_builds_with_the_configured_base_url_and_deploys() -> None:
    workflow = _workflow()
    assert workflow["on"]["push"]["branches"] == ["main"]
    assert "workflow_dispatch" in workflow["on"] and "pull_request" in workflow["on"]
    assert workflow["permissions"] == {"contents": "read"}

    build = workflow["jobs"]["build"]
    configure = _uses(build, "actions/configure-pages")
    run = "\n".join(step.get("run", "") for step in build["steps"])
    assert f"steps.{configure['id']}.outputs.base_url" in run
    assert re.search(r"digest build --no-ingest --base-url", run)
    upload = _uses(build, "actions/upload-pages-artifact")
    assert upload["with"]["path"] == "public"
    assert upload["with"].get("include-hidden-files") is True  # .nojekyll is a dotfile

    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    assert _uses(deploy, "actions/deploy-pages")["id"] == "deployment"


def test_the_workflow_build_command_publishes_under_the_project_path(site: Path) -> None:
    # configure-pages gives e.g. https://user.github.io/repo (no trailing slash); the
    # workflow appends one.
    run_digest(site, "build", "--base-url", "https://user.github.io/reversal-digest/",
               check=True)
    public = site / "public"
    assert (public / ".nojekyll").exists()
    home = (public / "index.html").read_text(encoding="utf-8")
    assert 'href="/reversal-digest/companies/"' in home
    robots = (public / "robots.txt").read_text(encoding="utf-8")
    assert "https://user.github.io/reversal-digest/sitemap.xml" in robots
