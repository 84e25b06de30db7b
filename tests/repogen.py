"""Generated codebases for the repository map: a shop whose domains reference each other by
name (so relevance can be checked against files written down before), and filler up to any
size (20,000 files for the bench). Deterministic: the same arguments give the same tree."""

from __future__ import annotations

import random
from pathlib import Path

DOMAINS = ("cart", "payment", "user", "inventory", "shipping", "search", "review", "coupon",
           "email", "report", "auth", "catalog")
#: domain -> the domains its service calls
USES = {"cart": ("inventory", "coupon"), "payment": ("cart", "user"), "shipping": ("email",),
        "search": ("catalog", "review"), "report": ("payment", "user"), "auth": ("user",),
        "review": ("user",), "coupon": (), "email": (), "inventory": ("catalog",),
        "user": (), "catalog": ()}

#: Five refinements, each with the files a good Architect asks for, written down before any
#: map was built.
REFINEMENTS = (
    ("apply the coupon discount when the cart total is computed",
     ("src/cart/service.py", "src/coupon/service.py")),
    ("send an email to the customer when a shipment status changes",
     ("src/shipping/service.py", "src/email/service.py")),
    ("let search filter catalog products by their average review rating",
     ("src/search/service.py", "src/review/service.py", "src/catalog/service.py")),
    ("refuse payment when the user account is locked",
     ("src/payment/service.py", "src/user/service.py")),
    ("add a monthly revenue total to the payment report",
     ("src/report/service.py", "src/payment/service.py")),
)


def _title(name: str) -> str:
    return name.capitalize()


def write_shop(root: Path, filler: int = 0, seed: int = 7) -> list[str]:
    """The shop (about 40 files) plus ``filler`` unrelated modules; returns the paths."""
    rnd = random.Random(seed)
    files: dict[str, str] = {}
    extra = {"cart": "    def total(self, items):\n        return sum(items)\n",
             "coupon": "    def discount(self, code, total):\n        return total\n",
             "shipping": "    def status_changed(self, shipment, status):\n        pass\n",
             "email": "    def send_customer_email(self, to, body):\n        pass\n",
             "review": "    def average_rating(self, product):\n        return 0\n",
             "catalog": "    def products(self):\n        return []\n",
             "user": "    def is_locked(self, account):\n        return False\n",
             "payment": "    def revenue(self, month):\n        return 0\n",
             "report": "    def monthly_report(self):\n        pass\n"}
    for d in DOMAINS:
        uses = USES[d]
        imports = "".join(f"from src.{u}.service import {_title(u)}Service\n" for u in uses)
        calls = "".join(f"        self.{u} = {_title(u)}Service()\n" for u in uses)
        files[f"src/{d}/service.py"] = (
            f"{imports}\n\nclass {_title(d)}Service:\n    def __init__(self):\n"
            f"{calls or '        pass'}\n\n    def {d}_lookup(self, key):\n        return key\n"
            + extra.get(d, ""))
        files[f"src/{d}/models.py"] = (f"class {_title(d)}Record:\n    pass\n\n\n"
                                       f"def {d}_from_row(row):\n    return {_title(d)}Record()\n")
        files[f"api/{d}_routes.py"] = (f"from src.{d}.service import {_title(d)}Service\n\n\n"
                                       f"def {d}_route(request):\n"
                                       f"    return {_title(d)}Service().{d}_lookup(request)\n")
    files["README.md"] = "# Shop\n"
    for i in range(filler):
        folder = f"lib/pkg{i // 200:03d}"
        other = rnd.randrange(max(1, filler))
        files[f"{folder}/mod{i:05d}.py"] = (
            f"def helper_{i}(x):\n    return helper_{other}(x) if x else {i}\n\n\n"
            f"class Widget{i}:\n    def render_{i}(self):\n        return helper_{i}(1)\n")
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return sorted(files)
