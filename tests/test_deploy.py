"""The deploy/ files hold together: compose wiring, image, entry point, systemd unit and the documented settings."""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.settings import Settings, load_settings

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
SECRET_NAMES = ("TOKEN", "SECRET", "PASSWORD")
INTERPOLATION = re.compile(r"\$\{(\w+)(?::?[-?][^}]*)?\}")
A_TOKEN = "123456789:" + "A" * 35  # shaped like a BotFather token, so Settings accepts it


@dataclass(frozen=True)
class DockerStage:
    base: str
    name: str
    lines: tuple[str, ...]

    def instructions(self, keyword: str) -> list[str]:
        prefix = keyword + " "
        return [line[len(prefix) :].strip() for line in self.lines if line.startswith(prefix)]


def compose() -> dict[str, Any]:
    data = yaml.safe_load((DEPLOY / "compose.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def services() -> dict[str, Any]:
    found = compose()["services"]
    assert isinstance(found, dict)
    return found


def env_example() -> dict[str, str]:
    """Variables set in .env.example, and those only mentioned in comments (as `# NAME=default`) with ''."""
    values: dict[str, str] = {}
    for line in (DEPLOY / ".env.example").read_text(encoding="utf-8").splitlines():
        match = re.match(r"^(#\s*)?([A-Z][A-Z0-9_]*)=(.*)$", line.strip())
        if match:
            commented, name, value = match.groups()
            if not commented or name not in values:
                values[name] = "" if commented else value
    return values


def interpolate(value: str, variables: dict[str, str]) -> str:
    """Compose's ${VAR}, ${VAR:-default} and ${VAR:?error}, enough for this file."""

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        default = match.group(0)[2 + len(name) :].removesuffix("}")
        if variables.get(name):
            return variables[name]
        if default.startswith((":-", "-")):
            return default.split("-", 1)[1]
        raise AssertionError(f"{name} is required by compose.yaml but has no value")

    return INTERPOLATION.sub(replace, value)


def docker_stages() -> list[DockerStage]:
    text = (DEPLOY / "Dockerfile").read_text(encoding="utf-8")
    joined = re.sub(r"\\\n\s*", " ", text)  # continuation lines become one instruction
    lines = [line.strip() for line in joined.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    stages: list[DockerStage] = []
    current: list[str] = []
    for line in lines:
        if line.startswith("FROM "):
            current = []
            parts = line.split()
            stages.append(DockerStage(parts[1], parts[3] if len(parts) > 3 else "", ()))
        current.append(line)
        if stages:
            stages[-1] = DockerStage(stages[-1].base, stages[-1].name, tuple(current))
    return stages


def unit_entries() -> dict[str, list[str]]:
    """Key to every value it has in the [Service] section; systemd allows a key more than once."""
    entries: dict[str, list[str]] = {}
    section = ""
    for raw in (DEPLOY / "hip-thrust-coach.service").read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith("["):
            section = line
        elif section == "[Service]" and line and not line.startswith("#"):
            key, _, value = line.partition("=")
            entries.setdefault(key, []).append(value)
    return entries


def test_workers_start_only_after_migrations_succeeded() -> None:
    found = services()
    assert {"db", "migrate", "bot", "redis", "proxy"} <= set(found)
    assert found["migrate"]["command"] == ["db", "upgrade"]
    assert found["migrate"]["depends_on"]["db"]["condition"] == "service_healthy"
    assert found["migrate"]["restart"] == "no"
    assert found["bot"]["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
    assert found["migrate"]["image"] == found["bot"]["image"]


def test_bot_scales_to_several_webhook_workers() -> None:
    bot = services()["bot"]
    assert bot["deploy"]["replicas"] >= 2
    # A fixed host port or container name would make `--scale bot=N` fail for N > 1.
    assert "ports" not in bot
    assert "container_name" not in bot
    assert bot["command"] == ["run"]
    assert bot["environment"]["PUBLIC_WEBHOOK_URL"].startswith("https://")


def test_database_keeps_its_data_in_a_volume_and_reports_health() -> None:
    found = compose()
    db = found["services"]["db"]
    assert db["image"].startswith("postgres:16")
    volume = next(v for v in db["volumes"] if v.endswith(":/var/lib/postgresql/data"))
    assert volume.split(":")[0] in found["volumes"]
    assert "pg_isready" in " ".join(db["healthcheck"]["test"])


def test_compose_holds_no_secret_values() -> None:
    for name, service in services().items():
        environment = service.get("environment", {})
        for key, value in environment.items():
            if any(word in key for word in SECRET_NAMES):
                assert INTERPOLATION.fullmatch(str(value)), f"{name}.{key} is a literal secret"
        url = str(environment.get("DATABASE_URL", ""))
        if "@" in url:
            credentials = url.split("://", 1)[1].split("@", 1)[0]
            assert INTERPOLATION.search(credentials), f"{name}.DATABASE_URL has a literal password"


def test_workers_accept_the_configuration_compose_gives_them(monkeypatch: pytest.MonkeyPatch) -> None:
    # What env_file passes: the uncommented lines, with a token shaped like a real one.
    variables = {key: value for key, value in env_example().items() if value} | {"TELEGRAM_BOT_TOKEN": A_TOKEN}
    bot = services()["bot"]
    for key in Settings.model_fields:
        monkeypatch.delenv(key.upper(), raising=False)
    for key, value in (variables | bot["environment"]).items():
        monkeypatch.setenv(key, interpolate(str(value), variables))
    settings = load_settings()
    assert settings.database_url.startswith("postgresql+asyncpg://coach:")
    assert settings.database_url.endswith("@db:5432/coach")
    assert settings.redis_url == "redis://redis:6379/0"
    assert settings.webhook_listen == "0.0.0.0"
    assert os.environ["PUBLIC_WEBHOOK_URL"] == f"https://{variables['PUBLIC_HOST']}/telegram"


def test_env_example_documents_every_setting_and_compose_variable() -> None:
    documented = env_example()
    missing = [key.upper() for key in Settings.model_fields if key.upper() not in documented]
    assert missing == []
    text = (DEPLOY / "compose.yaml").read_text(encoding="utf-8")
    assert {match.group(1) for match in INTERPOLATION.finditer(text)} <= set(documented)


def test_env_example_secrets_are_placeholders() -> None:
    documented = env_example()
    for key in ("TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET", "POSTGRES_PASSWORD"):
        assert documented[key].startswith("replace-with-"), key


def test_proxy_balances_over_the_bot_port_and_hides_internal_endpoints() -> None:
    proxy = services()["proxy"]
    mounted = next(v for v in proxy["volumes"] if v.endswith(":/etc/caddy/Caddyfile:ro"))
    caddyfile = (DEPLOY / mounted.split(":")[0]).read_text(encoding="utf-8")
    assert set(proxy["ports"]) == {"80:80", "443:443"}  # ACME challenge and Telegram's HTTPS
    assert "{$PUBLIC_HOST}" in caddyfile
    assert re.search(r"dynamic a \{\s*name bot\s*port " + services()["bot"]["environment"]["WEBHOOK_PORT"], caddyfile)
    assert "lb_policy round_robin" in caddyfile
    blocked = re.search(r"@internal path (.+)", caddyfile)
    assert blocked is not None
    assert set(blocked.group(1).split()) == {"/healthz", "/readyz", "/metrics"}


def test_image_runs_as_a_user_with_a_health_check() -> None:
    stages = docker_stages()
    runtime = stages[-1]
    assert runtime.base in {"${PYTHON_IMAGE}", "python:3.11-slim"}
    assert "python:3.11-slim" in (DEPLOY / "Dockerfile").read_text(encoding="utf-8")
    users = runtime.instructions("USER")
    assert users and users[-1] not in {"root", "0"}
    (healthcheck,) = runtime.instructions("HEALTHCHECK")
    assert "http://127.0.0.1:${WEBHOOK_PORT}/healthz" in healthcheck
    environment = " ".join(runtime.instructions("ENV"))
    assert "HF_HUB_OFFLINE=1" in environment
    assert "WEBHOOK_LISTEN=0.0.0.0" in environment
    assert runtime.instructions("ENTRYPOINT") == ['["coach-entrypoint"]']
    assert runtime.instructions("CMD") == ['["run"]']


def test_image_builds_cpu_torch_and_the_index() -> None:
    builder = docker_stages()[0]
    runs = builder.instructions("RUN")
    torch = next(run for run in runs if " torch" in run)
    assert "--index-url https://download.pytorch.org/whl/cpu" in torch
    assert "-c constraints.txt" in torch
    assert "torch==" in (ROOT / "constraints.txt").read_text(encoding="utf-8")
    assert any("coach index build" in run for run in runs)
    copied = {
        line.split()[0] for stage in docker_stages() for line in stage.instructions("COPY") if "--from" not in line
    }
    assert all((ROOT / source).exists() for source in copied), copied


def test_build_context_leaves_out_secrets_and_local_state() -> None:
    ignored = set((ROOT / ".dockerignore").read_text(encoding="utf-8").split())
    assert {".env", "**/.env", ".venv", "var", ".git"} <= ignored


@pytest.mark.parametrize(
    ("args", "webhook_url", "expected"),
    [
        (["run"], "https://coach.example.com/telegram", ["run", "--webhook", "https://coach.example.com/telegram"]),
        (["run"], "", ["run"]),  # no public URL: long polling
        (["db", "upgrade"], "https://coach.example.com/telegram", ["db", "upgrade"]),
        (
            ["run", "--webhook", "https://other/x"],
            "https://coach.example.com/t",
            ["run", "--webhook", "https://other/x"],
        ),
    ],
)
def test_entrypoint_passes_the_command_to_coach(
    tmp_path: Path, args: list[str], webhook_url: str, expected: list[str]
) -> None:
    stub = tmp_path / "coach"
    stub.write_text('#!/bin/sh\nprintf "%s\\n" "$@"\n', encoding="utf-8")
    stub.chmod(0o755)
    env = {"PATH": f"{tmp_path}:/usr/bin:/bin", "PUBLIC_WEBHOOK_URL": webhook_url}
    result = subprocess.run(
        ["sh", str(DEPLOY / "entrypoint.sh"), *args], env=env, capture_output=True, text=True, check=True
    )
    assert result.stdout.splitlines() == expected


def test_systemd_unit_migrates_before_start_and_is_confined() -> None:
    unit = unit_entries()
    assert any(value.endswith("/coach db upgrade") for value in unit["ExecStartPre"])
    (start,) = unit["ExecStart"]
    assert start.endswith("/coach run")
    assert unit["User"] != ["root"]
    assert unit["Restart"] == ["on-failure"]
    assert unit["NoNewPrivileges"] == ["yes"]
    assert unit["ProtectSystem"] == ["strict"]
    (workdir,) = unit["WorkingDirectory"]
    writable = " ".join(unit["ReadWritePaths"]).split()
    assert f"{workdir}/var" in writable
    assert all(path.startswith(workdir + "/") for path in writable)
    assert unit["EnvironmentFile"]
