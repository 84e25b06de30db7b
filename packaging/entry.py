"""PyInstaller entry point: the same `devora` command (GUI without arguments, CLI with)."""

import sys

if sys.argv[1:2] == ["--devora-llm-relay"]:  # the window's stream relay (core/llm/relay.py)
    from devora_desktop.core.llm.relay import child_main

    child_main(sys.argv[2])
if sys.argv[1:2] == ["--devora-worker"]:  # the window's validators and redaction (core/offload.py)
    from devora_desktop.core.offload import child_main as worker_main

    worker_main()

if sys.platform.startswith("linux"):  # before Qt loads: the bundle leaves these to the system
    from devora_desktop.syslibs import explain_system, missing_from_system, tell

    if missing := missing_from_system():
        tell(explain_system(missing))
        sys.exit(1)

from devora_desktop.cli import main

if __name__ == "__main__":
    main()
