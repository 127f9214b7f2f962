"""The one Jinja environment for documents: sandboxed, strict, autoescaped, a bank's first."""

from __future__ import annotations

import functools
import logging
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType
from typing import Any

from jinja2 import (
    FileSystemLoader,
    StrictUndefined,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
)
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup, escape

from rmcoach import paths
from rmcoach.documents.labels import labels

log = logging.getLogger("rmcoach.documents")

KINDS = ("brief", "minutes", "letter", "profile")
TEMPLATES = "templates"  # the folder name, in resources/ and in the user-data folder


class TemplateProblem(Exception):
    """A document template that cannot be rendered; the message names the file and line."""


def template_dirs() -> tuple[Path, ...]:
    """Where templates are looked up, first match wins: the bank's folder, then ours."""
    shipped = paths.resource_path(TEMPLATES)
    try:
        return (paths.user_data_dir() / TEMPLATES, shipped)
    except OSError as exc:  # no user-data folder (read-only home): the shipped set still works
        log.warning("user templates unavailable: %s", exc)
        return (shipped,)


@functools.lru_cache(maxsize=4)
def _environment(dirs: tuple[Path, ...]) -> ImmutableSandboxedEnvironment:
    # A bank's own templates are data, not code: the sandbox refuses what a plain Environment
    # allows (reaching os through cycler.__init__.__globals__, calling mutating methods)
    # with a SecurityError, which render_template reports with the file and line.
    env = ImmutableSandboxedEnvironment(
        loader=FileSystemLoader([str(d) for d in dirs], encoding="utf-8"),
        undefined=StrictUndefined,  # a missing variable fails loudly, never prints blank
        autoescape=True,  # client data is text, never markup
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["nl2br"] = nl2br
    return env


def environment() -> ImmutableSandboxedEnvironment:
    return _environment(template_dirs())


def nl2br(text: str) -> Markup:
    """Free text with its line breaks kept: escaped first, then each newline becomes <br>."""
    return Markup("<br>").join(escape(line) for line in str(text).strip().splitlines())


def render(kind: str, context: Mapping[str, Any], lang: str) -> str:
    """Render the document `kind` (brief, minutes, letter, profile) as HTML in `lang`."""
    if kind not in KINDS:
        raise ValueError(f"unknown document kind {kind!r} (one of {', '.join(KINDS)})")
    return render_template(f"{kind}.html.j2", context, lang)


def render_template(name: str, context: Mapping[str, Any], lang: str) -> str:
    """Render one template with the document labels (`L`) and `lang` added to the context."""
    env = environment()
    try:
        template = env.get_template(name)
        return template.render({**context, "lang": lang, "L": labels(lang)})
    except TemplateSyntaxError as exc:
        where = f"{exc.filename or exc.name or name}:{exc.lineno}"
        raise TemplateProblem(f"{where}: {exc.message}") from exc
    except TemplateNotFound as exc:
        dirs = ", ".join(str(d) for d in template_dirs())
        raise TemplateProblem(f"template {exc.name} not found in {dirs}") from exc
    except TemplateError as exc:  # UndefinedError and the like, raised while rendering
        raise TemplateProblem(f"{_template_line(exc.__traceback__) or name}: {exc}") from exc


def _template_line(tb: TracebackType | None) -> str:
    """'file:line' of the innermost template frame (Jinja maps its frames to template lines)."""
    found = ""
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(".j2"):
            found = f"{filename}:{tb.tb_lineno}"
        tb = tb.tb_next
    return found
