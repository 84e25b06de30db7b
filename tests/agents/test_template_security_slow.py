"""Slow: the full-stack scaffold's web-facing fixes, against `next start` (the session's build
of the landing app; every app shares the scaffold): redirects after sign-in stay on the site, the
login form refuses cross-site posts (login CSRF), the form shows error text only from its own
list, and every response carries the security headers and HttpOnly/SameSite session cookies."""

from __future__ import annotations

import re
import urllib.parse

import pytest

from devora_desktop.agents import templates
from tests.agents.nextapp import NPM, Session
from tests.fakes.supabase_server import FakeSupabase

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900),
              pytest.mark.skipif(NPM is None, reason="npm is not installed")]


@pytest.fixture(scope="module")
def app(next_apps):
    spec = templates.read("a landing page for a yoga studio waitlist", "fullstack")
    # the same app test_templates_slow builds: one build for both
    project = next_apps.built(templates.all_files(spec.kind, "fullstack", spec.name, spec))
    fake = FakeSupabase()
    fake.create_user("yogi@example.com", "correct horse battery")
    try:
        with project.serve({"SUPABASE_URL": fake.url, "SUPABASE_ANON_KEY": fake.anon_key}) as base:
            yield base
    finally:
        fake.stop()


def _sign_in(base: str, next_: str, origin: str | None = None) -> tuple[int, str, Session]:
    s = Session(base)
    headers = {"Origin": origin} if origin else None
    status, _, h = s.call("POST", "/api/auth/sign-in", headers=headers, form={
        "email": "yogi@example.com", "password": "correct horse battery", "next": next_})
    return status, h.get("location", ""), s


@pytest.mark.parametrize("next_", ["/\\evil.example", "//evil.example", "https://evil.example/x",
                                   "/%5Cevil.example", "javascript:alert(1)", "\\\\evil.example"])
def test_sign_in_never_redirects_off_site(app: str, next_: str) -> None:
    status, location, s = _sign_in(app, next_)
    assert status == 303
    target = urllib.parse.urlsplit(urllib.parse.urljoin(app + "/", location))
    # next start answers with its own name for the host it was started on (localhost)
    assert target.hostname in ("127.0.0.1", "localhost"), location
    assert target.port == urllib.parse.urlsplit(app).port, location
    assert "evil" not in (target.netloc or ""), location
    assert any(c["name"].startswith("sb-") for c in s.cookies())  # it did sign in


def test_sign_in_keeps_a_path_on_the_site(app: str) -> None:
    _, location, _ = _sign_in(app, "/pricing?plan=pro")
    assert location.endswith("/pricing?plan=pro"), location


def test_cross_site_login_post_is_refused(app: str) -> None:
    status, location, s = _sign_in(app, "/", origin="http://evil.example")
    assert status == 303 and location.endswith("/login?error=csrf"), location
    assert not any(c["name"].startswith("sb-") for c in s.cookies())


def test_session_cookie_is_httponly_and_samesite(app: str) -> None:
    _, _, s = _sign_in(app, "/")
    cookies = [c for c in s.jar if c.name.startswith("sb-")]
    assert cookies
    for c in cookies:
        rest = {k.lower(): v for k, v in c._rest.items()}  # non-standard attributes
        assert "httponly" in rest and (rest.get("samesite") or "").lower() == "lax", c
        assert c.secure  # next start is production


def test_login_page_shows_only_its_own_error_text(app: str) -> None:
    s = Session(app)
    attack = "Your account is locked. Call +1-555-0100 <b>now</b>"
    _, page, _ = s.call("GET", "/login?error=" + urllib.parse.quote(attack))
    shown = re.sub(r"<script\b.*?</script>", "", page, flags=re.DOTALL)  # the router's state
    assert "locked" not in shown and "555-0100" not in shown
    _, page, _ = s.call("GET", "/login?error=credentials")
    assert "don&#x27;t match an account" in page or "don't match an account" in page


def test_security_headers_on_pages_and_api(app: str) -> None:
    s = Session(app)
    for path in ("/", "/login", "/api/waitlist"):
        _, _, h = s.call("GET", path)
        assert h.get("x-frame-options") == "DENY", (path, h)
        assert h.get("x-content-type-options") == "nosniff"
        assert "frame-ancestors 'none'" in h.get("content-security-policy", "")
        assert h.get("referrer-policy") == "strict-origin-when-cross-origin"
        assert "x-powered-by" not in h


def test_the_header_says_who_is_signed_in(app: str) -> None:
    """The landing page is public: signed in, its header offers Sign out, not Sign in (it was
    drawn once at build time, signed out, for everyone)."""
    _, _, s = _sign_in(app, "/")
    _, page, _ = s.call("GET", "/")
    assert "yogi@example.com" in page and 'action="/api/auth/sign-out"' in page
    assert 'href="/login"' not in page
    _, page, _ = Session(app).call("GET", "/")
    assert 'href="/login"' in page and "yogi@example.com" not in page
