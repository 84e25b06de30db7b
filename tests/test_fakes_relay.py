"""The fakes' Relay (tests/fakes/base.py): one port that a server started once keeps talking
to, while the fake behind it changes; a connection kept alive to the last fake is dropped, so
no request reaches a fake that has stopped."""

from __future__ import annotations

import http.client
import urllib.parse

import pytest

from tests.fakes.base import JsonHandler, LoopbackFake, Relay


class Named(LoopbackFake):
    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__()

    def _handler(self) -> type[JsonHandler]:
        fake = self

        class Handler(JsonHandler):
            def do_GET(self) -> None:
                self.send_json(200, {"name": fake.name})

        return Handler


def ask(conn: http.client.HTTPConnection) -> str:
    conn.request("GET", "/")
    return conn.getresponse().read().decode()


def test_a_relay_leads_to_the_fake_of_the_moment_and_drops_connections_to_the_last() -> None:
    first, second, relay = Named("first"), Named("second"), Relay()
    try:
        relay.to(first.server.server_address[1])
        kept = http.client.HTTPConnection(urllib.parse.urlsplit(relay.url).netloc, timeout=5)
        assert ask(kept) == ask(kept) == '{"name": "first"}'  # one connection, kept alive
        relay.to(second.server.server_address[1])
        with pytest.raises((ConnectionError, http.client.HTTPException)):
            ask(kept)  # the first fake's connection is gone, not answered by it
        kept.close()
        assert ask(kept) == '{"name": "second"}'  # a new connection: the second fake
        relay.to(None)
        with pytest.raises(ConnectionError):
            ask(http.client.HTTPConnection(kept.host, kept.port, timeout=5))
    finally:
        relay.close()
        first.stop()
        second.stop()
