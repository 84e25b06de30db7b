"""`devora supabase connect|status|disconnect`: what the window's Project › Connect Supabase…
does, from a terminal (core/supabase.py does the work for both)."""

from __future__ import annotations

import sys

import click

from devora_desktop.cli_common import _emit_json, _text, with_context
from devora_desktop.core.errors import DevoraError


@click.group("supabase")
def supabase() -> None:
    """Connect a full-stack project to its Supabase project (URL and anon key)."""


def _read_key() -> str:
    if sys.stdin.isatty():
        return click.prompt("anon (publishable) key", hide_input=True, err=True)
    return sys.stdin.readline()


@supabase.command("connect")
@click.argument("project")
@click.option("--url", required=True, help="https://<project>.supabase.co, or a local "
              "Supabase's http://127.0.0.1:54321.")
@click.option("--anon-key", help="The anon or publishable key (a public key; without this "
              "option it is read from standard input or a hidden prompt).")
@click.option("--test/--no-test", default=True, help="Ask the project's Auth server whether "
              "it accepts the key before saving (default: yes).")
@with_context()
def supabase_connect(ctx, project: str, url: str, anon_key: str | None, test: bool) -> None:
    """Write the URL and anon key into PROJECT's .env.local, under the names its code reads.
    A service-role or sb_secret_ key is refused: it must never go into a browser app."""
    import asyncio

    from devora_desktop.core import supabase as sb

    p = ctx.store.projects.find(project)
    root = ctx.store.workspace(p.id).root
    key = (anon_key if anon_key is not None else _read_key()).strip()
    url = sb.check_url(url)
    sb.check_key(key)
    if test:
        try:
            said = asyncio.run(sb.test_connection(url, key, tables=sb.migration_tables(root)))
        except sb.SupabaseError as exc:
            raise sb.SupabaseError(f"not saved: {exc}",
                                   hint=exc.hint or "pass --no-test to save it anyway") from None
        click.echo(_text(f"Supabase answered: {said}.").plain, err=True)
    conn = sb.connect(root, url, key)
    click.echo(_text(f"{p.name}: {sb.saved_line(conn)}.").plain)
    if others := sb.other_names(root, conn.names):
        click.echo(_text("Not set by Devora (add them to .env.local yourself): "
                         + ", ".join(others)).plain)
    click.echo("Devora's Preview starts the project's dev server with it; a `npm run dev` "
               "you run yourself needs a restart.")


@supabase.command("status")
@click.argument("project")
@click.option("--json", "as_json", is_flag=True)
@with_context(read_only=True)
def supabase_status(ctx, project: str, as_json: bool) -> None:
    """Whether PROJECT is connected, to which URL, under which variable names."""
    from devora_desktop.core import supabase as sb

    p = ctx.store.projects.find(project)
    root = ctx.store.workspace(p.id).root
    names = sb.env_names(root)
    conn = sb.read_connection(root, names)
    if as_json:
        _emit_json({"project": p.id, "uses_supabase": sb.uses_supabase(root),
                    "connected": conn is not None, "url": conn.url if conn else None,
                    "key": conn.masked_key() if conn else None,
                    "key_kind": conn.key_kind if conn else None,
                    "names": list(names.all), "not_set_by_devora": sb.other_names(root, names)})
        return
    if conn is None:
        raise DevoraError(f"{p.name} is not connected to Supabase",
                          hint=f"devora supabase connect {p.slug} --url URL")
    click.echo(_text(f"{p.name}: {conn.url}, {conn.key_kind} {conn.masked_key()} "
                     f"({', '.join(names.all)} in .env.local)").plain)


@supabase.command("disconnect")
@click.argument("project")
@with_context()
def supabase_disconnect(ctx, project: str) -> None:
    """Take the Supabase URL and key out of PROJECT's .env.local."""
    from devora_desktop.core import supabase as sb

    p = ctx.store.projects.find(project)
    if not sb.disconnect(ctx.store.workspace(p.id).root):
        raise DevoraError(f"{p.name} is not connected to Supabase")
    click.echo(_text(f"{p.name}: the Supabase URL and key are gone from .env.local.").plain)
