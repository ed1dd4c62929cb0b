"""A newcomer's first hour, as they would live it: the wheel built from this repository,
installed into a fresh virtual environment outside it, `digest new`, one seed, `digest build`.

Offline: the wheel is built with the setuptools of this environment (no build isolation), and
the fresh environment borrows only the dependencies (jinja2, PyYAML, ...) from this one,
through a `.pth` line, never the package itself: `builder` is imported from the wheel.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from builder import __version__
from tests.conftest import REPO

SEED = """Acme Corp reverses its return-to-office mandate
Date: 2026-11-20
Source: Harbor Ledger

Acme Corp reversed its return-to-office mandate on Tuesday after staff protests, the company
said. Employees had been told to be in the office five days a week.
"""
# What a source distribution holds: enough to build the wheel from.
SOURCE = ("pyproject.toml", "README.md", "LICENSE", "builder", "templates")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel, built from a copy of the repository's source (no build/ left in it)."""
    source = tmp_path_factory.mktemp("source")
    for name in SOURCE:
        copy = shutil.copytree if (REPO / name).is_dir() else shutil.copy
        copy(REPO / name, source / name)
    for cached in source.rglob("__pycache__"):
        shutil.rmtree(cached)
    dist = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "--no-index", "--quiet", "--wheel-dir", str(dist), str(source)],
                   check=True, capture_output=True, text=True, timeout=300)
    [built] = dist.glob("reversal_digest-*.whl")
    return built


@pytest.fixture(scope="module")
def fresh_python(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new virtual environment with the wheel installed, and its `digest` script."""
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys._base_executable, "-m", "venv", "--without-pip", str(venv)],
                   check=True, timeout=120)
    python = venv / "bin" / "python"
    site_packages = Path(subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True).stdout.strip())
    # The dependencies, from this environment (offline); the package itself from the wheel.
    (site_packages / "borrowed_dependencies.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install",
                    "--no-deps", "--no-index", "--quiet", str(wheel)],
                   check=True, capture_output=True, text=True, timeout=300)
    return python


def _run(python: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The installed `digest` script, run as a user would, in `cwd` (outside the repository)."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    return subprocess.run([str(python.parent / "digest"), *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


def test_the_wheel_carries_the_theme_the_defaults_and_the_metadata(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        [metadata] = [n for n in names if n.endswith(".dist-info/METADATA")]
        meta = archive.read(metadata).decode()
    theme = {p.relative_to(REPO / "templates").as_posix()
             for p in (REPO / "templates").rglob("*") if p.is_file()}
    assert {f"builder/theme/{rel}" for rel in theme} <= names
    assert {"builder/data/topics.yaml", "builder/ingest/data/gazetteer.yaml"} <= names
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    assert not any(n.startswith(("tests/", "templates/", "benchmarks/")) for n in names)
    assert f"\nVersion: {__version__}\n" in meta
    assert "\nLicense-Expression: MIT\n" in meta
    assert "Requires-Dist: charset-normalizer" in meta
    assert "Classifier: Operating System :: POSIX" in meta
    assert "Requires-Dist: pytest" in meta and "extra == \"test\"" in meta  # tests: extras only


def test_a_newcomer_starts_a_digest_from_the_wheel(fresh_python: Path,
                                                   tmp_path: Path) -> None:
    where = _run(fresh_python, tmp_path, "--version")
    assert where.stdout.strip() == f"digest {__version__}"
    located = subprocess.run([str(fresh_python), "-c", "import builder; print(builder.__file__)"],
                             cwd=tmp_path, capture_output=True, text=True, check=True)
    assert Path(located.stdout.strip()).is_relative_to(fresh_python.parent.parent)

    created = _run(fresh_python, tmp_path, "new", "mysite")
    assert created.returncode == 0, created.stderr
    site = tmp_path / "mysite"
    (site / "seeds" / "acme.txt").write_text(SEED, encoding="utf-8")
    built = _run(fresh_python, site, "build", "--no-search")
    assert built.returncode == 0, built.stdout + built.stderr
    assert re.search(r"build: \d+ outputs, .* → public/", built.stdout.splitlines()[-1])

    [entry_file] = (site / "content" / "entries").glob("*-acme-corp-reverses-*.md")
    entry = entry_file.read_text(encoding="utf-8")
    assert "return-to-office" in entry  # tagged from the package's default topics
    slug = entry_file.stem.split("-", 3)[3]
    page = (site / "public" / "entries" / slug / "index.html").read_text(encoding="utf-8")
    assert "Acme Corp reverses its return-to-office mandate" in page
    assert "/static/style.css" in page
    assert (site / "public" / "static" / "style.css").read_bytes() == \
        (REPO / "templates" / "static" / "style.css").read_bytes()
    assert (site / "public" / "tags" / "return-to-office" / "index.html").is_file()
    assert (site / "public" / "companies" / "acme" / "index.html").is_file()


def test_a_newcomer_overrides_one_template_of_the_installed_theme(fresh_python: Path,
                                                                  tmp_path: Path) -> None:
    _run(fresh_python, tmp_path, "new", "mysite")
    site = tmp_path / "mysite"
    (site / "templates").mkdir()
    (site / "templates" / "404.html").write_text(
        '{% extends "base.html" %}{% block main %}<p>Nothing here, sorry.</p>{% endblock %}\n',
        encoding="utf-8")
    built = _run(fresh_python, site, "build", "--no-search")
    assert built.returncode == 0, built.stdout + built.stderr
    assert "Nothing here, sorry." in (site / "public" / "404.html").read_text(encoding="utf-8")
    assert (site / "public" / "index.html").is_file()  # the rest from the built-in theme
