from __future__ import annotations

from pathlib import Path

import pytest

from devora_desktop.agents import templates
from devora_desktop.core.errors import ExportError
from devora_desktop.core.export import plan_export
from devora_desktop.core.export.vercel import VercelDeployer, detect_framework
from devora_desktop.core.retry import RetryPolicy
from devora_desktop.core.workspace import Workspace
from tests.fakes.vercel_server import FakeVercel


@pytest.fixture
def vc():
    fake = FakeVercel()
    yield fake
    fake.stop()


def ws_with(tmp_path: Path, kind: str = "todo", mode: str = "fullstack") -> Workspace:
    ws = Workspace(tmp_path / "p")
    for rel, text in templates.all_files(kind, mode, "Task Garden").items():
        ws.write_file(rel, text)
    return ws


def deployer(vc: FakeVercel, **kw) -> VercelDeployer:
    kw.setdefault("retry", RetryPolicy(attempts=3, initial=0.01, max_wait=0.05, jitter=0))
    return VercelDeployer(vc.token, base_url=vc.url, poll_interval=0.01, **kw)


async def test_upload_then_ready(vc, tmp_path: Path) -> None:
    plan = plan_export(ws_with(tmp_path))
    steps: list[str] = []
    async with deployer(vc) as d:
        assert await d.check() == "maker"
        dep = await d.deploy(plan, "Task Garden", progress=steps.append)
    assert dep.state == "READY" and dep.url.startswith("task-garden-")
    assert sorted(vc.uploads) == sorted({f["sha"] for f in
                                         vc.deployments[dep.id]["body"]["files"]})
    assert vc.creates == 1
    body = vc.deployments[dep.id]["body"]
    assert body["projectSettings"]["framework"] == "nextjs"
    assert {f["file"] for f in body["files"]} == set(plan.files)
    assert vc.deployments[dep.id]["teamId"] == "team_1"
    assert any("uploading" in s for s in steps)
    # a second deploy uploads nothing new
    vc.uploads.clear()
    async with deployer(vc) as d:
        await d.check()
        await d.deploy(plan, "Task Garden")
    assert vc.uploads == []


async def test_build_error_shows_logs(vc, tmp_path: Path) -> None:
    vc.build_error = True
    async with deployer(vc) as d:
        await d.check()
        dep = await d.deploy(plan_export(ws_with(tmp_path)), "x")
    assert dep.state == "ERROR"
    assert any("Type error" in line for line in dep.logs)


async def test_lost_create_response_is_found_not_duplicated(vc, tmp_path: Path) -> None:
    plan = plan_export(ws_with(tmp_path, "landing", "web"))
    async with deployer(vc) as d:
        await d.check()
        await d.deploy(plan, "Bloom")  # uploads everything
        vc.lose_create_response = True
        dep = await d.deploy(plan, "Bloom")
    assert vc.creates == 2  # the first deploy and the lost one: never a third
    assert dep.state == "READY" and dep.id == "dpl_2"


async def test_several_teams_need_a_choice(vc, tmp_path: Path) -> None:
    vc.teams = [{"id": "t1", "slug": "home"}, {"id": "t2", "slug": "work"}]
    async with deployer(vc) as d:
        with pytest.raises(ExportError, match=r"several teams \(home, work\)"):
            await d.check()
    async with deployer(vc, team="work") as d:
        await d.check()
        dep = await d.deploy(plan_export(ws_with(tmp_path, "blog", "web")), "blog")
    assert vc.deployments[dep.id]["teamId"] == "t2"


async def test_rate_limited_poll_and_bad_token(vc, tmp_path: Path) -> None:
    vc.rate_limit_polls = 2
    async with deployer(vc) as d:
        await d.check()
        assert (await d.deploy(plan_export(ws_with(tmp_path)), "x")).state == "READY"
    async with VercelDeployer("wrong-token-123456", base_url=vc.url) as d:
        with pytest.raises(ExportError) as info:
            await d.check()
    assert "rejected the token" in info.value.one_line()
    assert "wrong-token-123456" not in info.value.one_line()


def test_framework_detection(tmp_path: Path) -> None:
    assert detect_framework(plan_export(ws_with(tmp_path))) == "nextjs"
    assert detect_framework(plan_export(ws_with(tmp_path / "w", "store", "web"))) is None


async def test_retry_after_beyond_the_cap_ends_the_deploy_at_once(vc, tmp_path: Path) -> None:
    vc.rate_limit_polls = 5
    vc.rate_retry_after = "86400"
    async with deployer(vc) as d:
        await d.check()
        with pytest.raises(ExportError) as info:
            await d.deploy(plan_export(ws_with(tmp_path)), "x")
    assert info.value.one_line().startswith("rate-limited by Vercel until ")
    assert vc.rate_limit_polls == 4  # one request, no retry


async def test_env_is_given_to_the_deployment_and_its_build(vc, tmp_path: Path) -> None:
    plan = plan_export(ws_with(tmp_path))
    env = {"SUPABASE_URL": "https://abcdefghijklmnop.supabase.co", "SUPABASE_ANON_KEY": "eyJ.a.b"}
    steps: list[str] = []
    async with deployer(vc) as d:
        await d.check()
        dep = await d.deploy(plan, "Task Garden", env=env, progress=steps.append)
    body = vc.deployments[dep.id]["body"]
    assert dep.state == "READY"
    assert body["env"] == env and body["build"] == {"env": env}
    assert "setting SUPABASE_URL, SUPABASE_ANON_KEY on the deployment" in steps
    async with deployer(vc) as d:  # without a connection, no env at all
        await d.check()
        dep = await d.deploy(plan, "Task Garden")
    assert "env" not in vc.deployments[dep.id]["body"]
