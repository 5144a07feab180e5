"""Configuration: ``[tool.vaguecheck]`` in pyproject.toml or a ``.vaguecheck.toml``.

Found upward from each checked file (the nearest wins; in one directory
``.vaguecheck.toml`` wins over ``pyproject.toml``).  The command line overrides
the file key by key.  Lexicon paths in a config file are relative to that file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ._io import read_regular
from .model import SEVERITIES

#: key: (type, description) -- the description feeds docs/cli.md
KEYS: dict[str, tuple[Any, str]] = {
    "select": (list, "rule ids, prefixes or categories to check (default: all)"),
    "ignore": (list, "rule ids, prefixes or categories to leave out"),
    "lexicons": (list, "extra lexicon files (relative to the config file)"),
    "fail-on": (str, "lowest severity that makes the exit code 1: info, warning or error"),
    "include": (list, "file name patterns checked inside directories (default: *.txt, *.md)"),
    "exclude": (list, "file or directory name patterns skipped inside directories"),
    "encoding": (str, "encoding of the files (default: detected)"),
    "backend": (str, "fugashi (default) or ginza"),
}


class ConfigError(Exception):
    """A configuration file is malformed; ``str()`` names the file and the key."""


@dataclass(frozen=True)
class Config:
    path: str | None = None  # the file it came from
    values: dict[str, Any] = field(default_factory=dict)

    def get(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)


def _validate(path: Path, table: Any, where: str) -> dict[str, Any]:
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: {where} は表（テーブル）で書いてください / must be a table")
    out: dict[str, Any] = {}
    value: Any
    for key, value in table.items():
        if key not in KEYS:
            raise ConfigError(
                f"{path}: {where}: 不明な設定 {key!r} / unknown key {key!r} (allowed: {', '.join(KEYS)})"
            )
        typ = KEYS[key][0]
        if not isinstance(value, typ) or (typ is list and not all(isinstance(v, str) for v in value)):
            expected = "a list of strings" if typ is list else "a string"
            raise ConfigError(f"{path}: {where}.{key}: expected {expected}, got {type(value).__name__}")
        if key == "fail-on" and value not in SEVERITIES:
            raise ConfigError(f"{path}: {where}.fail-on: expected one of {', '.join(SEVERITIES)}")
        if key == "lexicons":
            value = [str((path.parent / v).resolve()) for v in value]
        out[key] = value
    return out


def load_file(path: Path) -> Config:
    import tomllib  # only when a configuration file exists

    try:
        data = tomllib.loads(read_regular(path).decode("utf-8-sig"))
    except OSError as exc:  # also a FIFO or a device, which is never read (it could block for ever)
        raise ConfigError(f"{path}: 設定ファイルを読めません / cannot read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: UTF-8 として読めません / not UTF-8; save it as UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: TOML として読めません / not valid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        if not isinstance(tool, dict):
            raise ConfigError(f"{path}: [tool] は表（テーブル）で書いてください / 'tool' must be a table")
        table = tool.get("vaguecheck")
        if table is None:
            return Config()
        return Config(str(path), _validate(path, table, "[tool.vaguecheck]"))
    return Config(str(path), _validate(path, data, "(top level)"))


@lru_cache(maxsize=256)
def find_for_dir(directory: str) -> Config:
    """The nearest configuration at or above ``directory`` (an empty Config if none)."""
    d = Path(directory).resolve()
    for candidate_dir in (d, *d.parents):
        for name in (".vaguecheck.toml", "pyproject.toml"):
            p = candidate_dir / name
            if p.is_file():
                cfg = load_file(p)
                if cfg.path is not None:
                    return cfg
    return Config()


def for_path(path: str) -> Config:
    target = Path.cwd() if path == "-" else Path(path)
    directory = target if target.is_dir() else target.parent
    return find_for_dir(str(directory.resolve()))
