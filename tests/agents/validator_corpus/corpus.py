"""The validator corpus: samples of generated code, each unsafe one with the categories of
hole a reviewer would report, and how ``agents.security`` scores on them.

Two layouts are read: this folder's TOML files (``[[sample]]`` with ``name``, ``categories``,
``[sample.files]``) and a folder per sample holding its files and a ``meta.toml`` (``verdict``,
``categories``), the layout of the held-out set. Key-shaped values are written ``@@NAME@@`` in
the TOML and built here, so the repository holds no key-shaped literal.
"""

from __future__ import annotations

import base64
import json
import time
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from devora_desktop.agents import security
from devora_desktop.agents.validators import validate

HERE = Path(__file__).parent
FAKE = {
    "OPENAI_KEY": "sk-proj-" + "Q7vT2mXk9LpR4wZs" * 3,
    "AWS_KEY": "AKIA" + "Z7QX3M5T2RWB4N6P",
    "AWS_SECRET": "wJalrXUtnFEMI/K7MDENG/" + "bPxRfiCYzK3d8Ve9QpLm",
    "GITHUB_TOKEN": "ghp_" + "r8Kd2LmQ9vXz4TnB7wYc1HsJ5pEa3GfUo6Ni",
    "STRIPE_KEY": "sk_live_" + "51NzQ8rKx2Lm7Vb4Tc9Wd3Ye6Hf1Jg",
    "HF_TOKEN": "hf_" + "pQ4rTz8WmK2xLc7VbN5sJd9Gh3Fa6Ye1Uo",
    "RESEND_KEY": "re_" + "T4kz9Qm2" + "_" + "Wb7Nc3Xv8Lp5Rd2Hs6Jf1Ga4",
    "TWILIO_SID": "AC" + "8f3b2c1d4e5f60718293a4b5c6d7e8f9",
    "TWILIO_TOKEN": "9f8e7d6c5b4a3928" + "1706f5e4d3c2b1a0",
    "FIREBASE_KEY": "AIza" + "SyD3kQ8vR2mXp7LcT9wN4bJ6hF1gY5sZ0aE",
    "SUPABASE_PAT": "sbp_" + "4f2a9c7e1b3d5f6a8c0e" + "2b4d6f8a1c3e5b7d9f0a",
    "TELEGRAM_TOKEN": "6123456789:" + "AAHk3vQ9xLm2Pz7RtW4nBc8YdFs1GhJ5KeU",
    "HEX_API_KEY": "7c2e9a41b0d3" + "f58e6a1c94b27d03e5f8",  # a weather/news API's account key
    # public ids browser SDKs take, and keys beside them (val19's samples)
    "STRIPE_PK": "pk_live_51NzQ8rKx2Lm7" + "Vb4Tc9Wd3Ye6Hf1JgPq0Rs",
    "CLERK_PK": "pk_live_Y2xlcmsu" + "ZXhhbXBsZS5jb20k",
    "POSTHOG_PK": "phc_Q3vR8tYw2LmK9xZp4Nc" + "B7sDf1GhJ6kLq0WeRtYuIoP",
    "ALGOLIA_SEARCH_KEY": "3f9a8b7c6d5e4f3a" + "2b1c0d9e8f7a6b5c",
    "ALGOLIA_SEARCH_KEY_2": "6be0576ff61c053d" + "5f9a3225e2a90f76",
    "HEX_API_KEY_2": "f58e6a1c94b27d03" + "e5f87c2e9a41b0d3",
    "PUSHER_KEY": "a1b2c3d4e5" + "f6a7b8c9d0",
    "SEGMENT_WRITE_KEY": "Q7vT2mXk9LpR4wZs" + "Q7vT2mXk9LpR4wZs",
    "MAPBOX_PK": "pk.eyJ1IjoiYWNtZSIsImEiOiJjbHh5ejEyMzQwMDA" + "wMmpwYjRkZnB6eXB6In0.Zk3qZk3qZk3qZk3qZk3qZk",
    "RECAPTCHA_SITE_KEY": "6LcQ8rKxAAAAAB2Lm7V" + "b4Tc9Wd3Ye6Hf1JgPq0R",
    "SENTRY_DSN": "https://4f1c2b7a9e8d4c3b@o45" + "6789.ingest.sentry.io/6543210",
    "ALGOLIA_ADMIN_KEY": "e4b7c2d9f1a3568b" + "0c7d2e9f4a1b6c3d",
}


def _jwt(claims: dict) -> str:
    """A Supabase-style key: a JWT whose payload names its role (signature made up)."""
    def part(obj: dict) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")
    return f"{part({'alg': 'HS256', 'typ': 'JWT'})}.{part(claims)}." + "Zk3q" * 10 + "Xw"


FAKE["SERVICE_JWT"] = _jwt({"iss": "supabase", "ref": "lmnopqrstuvwxyzabcde",
                            "role": "service_role", "iat": 1714000000, "exp": 2029600000})
FAKE["ANON_JWT"] = _jwt({"iss": "supabase", "ref": "lmnopqrstuvwxyzabcde", "role": "anon",
                         "iat": 1714000000, "exp": 2029600000})
FAKE["DEMO_SERVICE_JWT"] = _jwt({"iss": "supabase-demo", "role": "service_role",
                                 "exp": 1983812996})


@dataclass
class Sample:
    name: str
    files: dict[str, str]
    expected: set[str]           # empty for a safe sample
    found: set[str] = field(default_factory=set)
    findings: list = field(default_factory=list)
    seconds: float = 0.0

    @property
    def safe(self) -> bool:
        return not self.expected

    @property
    def caught(self) -> bool:
        """Every expected category reported."""
        return self.expected <= self.found

    @property
    def flagged(self) -> bool:
        return bool(self.found)


def _fill(text: str) -> str:
    for key, value in FAKE.items():
        text = text.replace(f"@@{key}@@", value)
    return text.lstrip("\n")


def load_toml(path: Path) -> list[Sample]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return [Sample(s["name"], {p: _fill(t) for p, t in s["files"].items()},
                   set(s.get("categories", []))) for s in data["sample"]]


def load_folder(root: Path) -> list[Sample]:
    """One sample per sub-folder: its files (any depth) and meta.toml."""
    out = []
    for folder in sorted(p for p in root.iterdir() if (p / "meta.toml").is_file()):
        meta = tomllib.loads((folder / "meta.toml").read_text(encoding="utf-8"))
        files = {f.relative_to(folder).as_posix(): f.read_text(encoding="utf-8", errors="replace")
                 for f in sorted(folder.rglob("*")) if f.is_file() and f.name != "meta.toml"}
        expected = set(meta.get("categories", [])) if meta.get("verdict") != "safe" else set()
        out.append(Sample(folder.name, files, expected))
    return out


# unsafe.toml / safe.toml and their companions (unsafe_servers.toml…): one file per topic, so
# that samples added to different topics at once do not collide.
UNSAFE = sorted(HERE.glob("unsafe*.toml"))
SAFE = sorted(HERE.glob("safe*.toml"))


def own() -> list[Sample]:
    return [s for f in (*UNSAFE, *SAFE) for s in load_toml(f)]



def run(samples: list[Sample]) -> list[Sample]:
    """Validate each sample as a whole project; record the categories found."""
    for s in samples:
        t = time.perf_counter()
        s.findings = [f for f in validate(s.files) if f.check == "security"]
        s.seconds = time.perf_counter() - t
        s.found = {c for f in s.findings for c in security.categories(f)}
    return samples


def score(samples: list[Sample]) -> dict[str, float]:
    unsafe = [s for s in samples if not s.safe]
    safe = [s for s in samples if s.safe]
    return {
        "unsafe": len(unsafe), "safe": len(safe),
        "detected": sum(s.caught for s in unsafe) / max(1, len(unsafe)),
        "flagged_any": sum(s.flagged for s in unsafe) / max(1, len(unsafe)),
        "false_alarms": sum(s.flagged for s in safe) / max(1, len(safe)),
    }
