"""PyInstaller entry point: the same `devora` command (GUI without arguments, CLI with)."""

from devora_desktop.cli import main

if __name__ == "__main__":
    main()
