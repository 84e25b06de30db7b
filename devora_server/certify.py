"""Offline tools for the trust chain: make a key pair; certify a signing key with a root.

    python -m devora_server.certify keygen signing.pem          # prints the public PEM
    python -m devora_server.certify sign --root root.pem --root-kid devora-root-1 \\
        --key signing.pem --kid acme-2026-1 --days 365 --scope license:pro,license:free \\
        > acme-2026-1.cert

Run ``sign`` on the machine that holds the root key (never on a server). The server is then
started with ``SIGNING_KEYS=acme-2026-1=signing.pem SIGNING_CERTS=acme-2026-1=acme-2026-1.cert``
and every token it signs carries the certificate; the app accepts it only if the root is
one it pins.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from datetime import UTC, datetime

from devora_license import certify, new_keypair, read_certificate


def _public_pem(pem: str) -> str:
    from cryptography.hazmat.primitives import serialization

    if "PRIVATE KEY" in pem:
        key = serialization.load_pem_private_key(pem.encode(), None).public_key()
    else:
        key = serialization.load_pem_public_key(pem.encode())
    return key.public_bytes(serialization.Encoding.PEM,
                            serialization.PublicFormat.SubjectPublicKeyInfo).decode()


def _when(text: str) -> int:
    return int(datetime.fromisoformat(text).replace(tzinfo=UTC).timestamp()) \
        if not text.isdigit() else int(text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m devora_server.certify")
    sub = parser.add_subparsers(dest="command", required=True)
    keygen = sub.add_parser("keygen", help="a new Ed25519 private key (file, 0600)")
    keygen.add_argument("out")
    sign = sub.add_parser("sign", help="certify a signing key with a root key")
    sign.add_argument("--root", required=True, help="the root's private key (PEM)")
    sign.add_argument("--root-kid", required=True, help="the root's id, as pinned in the app")
    sign.add_argument("--key", required=True, help="the signing key (public or private PEM)")
    sign.add_argument("--kid", required=True, help="the signing key's id (SIGNING_KEYS)")
    sign.add_argument("--not-before", default=None, help="ISO date or epoch (default: now)")
    sign.add_argument("--not-after", default=None, help="ISO date or epoch")
    sign.add_argument("--days", type=int, default=365, help="validity when no --not-after")
    sign.add_argument("--scope", default="license:pro,license:free",
                      help="what tokens signed by the key may grant (comma-separated)")
    args = parser.parse_args(argv)
    if args.command == "keygen":
        private, public = new_keypair()
        fd = os.open(args.out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(private)
        print(public, end="")
        return 0
    with open(args.root, encoding="utf-8") as fh:
        root = fh.read()
    with open(args.key, encoding="utf-8") as fh:
        public = _public_pem(fh.read())
    nbf = _when(args.not_before) if args.not_before else int(time.time()) - 60
    naf = _when(args.not_after) if args.not_after else nbf + args.days * 86400
    cert = certify(root, args.root_kid, kid=args.kid, public_pem=public, not_before=nbf,
                   not_after=naf, scope=[s.strip() for s in args.scope.split(",") if s.strip()])
    read_certificate(cert, {args.root_kid: _public_pem(root)})  # it verifies, or we stop
    print(cert)
    return 0


if __name__ == "__main__":
    sys.exit(main())
