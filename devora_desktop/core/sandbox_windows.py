"""Windows: a Job Object around a run (see docs/ARCHITECTURE.md, Safety). Switched off:
core/sandbox.py uses it only on Windows with ``DEVORA_SANDBOX_EXPERIMENTAL=1``. It never
runs in this repository's tests; only the limits -> JOBOBJECT structure is tested.

What it gives: the whole process tree dies when the job's last handle closes (this
wrapper's exit, or Devora killing it), an active process cap and a per-process and per-job
memory cap. What it does NOT give is confinement: the run still reads the user's files and
has the network, so the start-up probe reads the HOME canary and reports "not confined",
and the person is asked as before. That is the honest result until the rest is written:

- a restricted token (CreateRestrictedToken with DISABLE_MAX_PRIVILEGE, the user's SID
  deny-only, a Low integrity level) so the user's files are out of reach except what is
  granted to a restricting SID (the project, a throwaway profile folder);
- or an AppContainer (CreateAppContainerProfile + SECURITY_CAPABILITIES in the
  STARTUPINFOEX attribute list): no network without the internetClient capability (none
  for builds, client for ``npm install``), file access only where the container SID was
  added to the ACL (the project; its ``.git`` only read), no loopback unless exempted
  (a dev server Devora's proxy must reach needs a loopback exemption).

Run as a script (``python -I -S sandbox_windows.py LIMITS_JSON -- argv...``) it puts itself
in a new job, then starts ``argv``, which inherits the job, and exits with its code.
"""

from __future__ import annotations

import ctypes
import json
import subprocess
import sys
from dataclasses import dataclass

JOB_OBJECT_LIMIT_ACTIVE_PROCESS = 0x00000008
JOB_OBJECT_LIMIT_PROCESS_MEMORY = 0x00000100
JOB_OBJECT_LIMIT_JOB_MEMORY = 0x00000200
JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION = 0x00000400
JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE = 0x00002000
#: JOBOBJECTINFOCLASS value for SetInformationJobObject
JOB_OBJECT_EXTENDED_LIMIT_INFORMATION = 9


class JOBOBJECT_BASIC_LIMIT_INFORMATION(ctypes.Structure):  # the Win32 names
    _fields_ = [("PerProcessUserTimeLimit", ctypes.c_int64),
                ("PerJobUserTimeLimit", ctypes.c_int64),
                ("LimitFlags", ctypes.c_uint32),
                ("MinimumWorkingSetSize", ctypes.c_size_t),
                ("MaximumWorkingSetSize", ctypes.c_size_t),
                ("ActiveProcessLimit", ctypes.c_uint32),
                ("Affinity", ctypes.c_size_t),
                ("PriorityClass", ctypes.c_uint32),
                ("SchedulingClass", ctypes.c_uint32)]


class IO_COUNTERS(ctypes.Structure):
    _fields_ = [(name, ctypes.c_uint64) for name in (
        "ReadOperationCount", "WriteOperationCount", "OtherOperationCount",
        "ReadTransferCount", "WriteTransferCount", "OtherTransferCount")]


class JOBOBJECT_EXTENDED_LIMIT_INFORMATION(ctypes.Structure):
    _fields_ = [("BasicLimitInformation", JOBOBJECT_BASIC_LIMIT_INFORMATION),
                ("IoInfo", IO_COUNTERS),
                ("ProcessMemoryLimit", ctypes.c_size_t),
                ("JobMemoryLimit", ctypes.c_size_t),
                ("PeakProcessMemoryUsed", ctypes.c_size_t),
                ("PeakJobMemoryUsed", ctypes.c_size_t)]


@dataclass(frozen=True)
class JobLimits:
    """What the job caps: live processes, memory per process, memory of the whole job."""

    processes: int
    process_memory: int
    job_memory: int


def limit_information(limits: JobLimits) -> JOBOBJECT_EXTENDED_LIMIT_INFORMATION:
    """The structure SetInformationJobObject takes for ``limits`` (kill on close always)."""
    info = JOBOBJECT_EXTENDED_LIMIT_INFORMATION()
    basic = info.BasicLimitInformation
    basic.LimitFlags = (JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE | JOB_OBJECT_LIMIT_ACTIVE_PROCESS
                        | JOB_OBJECT_LIMIT_PROCESS_MEMORY | JOB_OBJECT_LIMIT_JOB_MEMORY
                        | JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION)
    basic.ActiveProcessLimit = limits.processes
    info.ProcessMemoryLimit = limits.process_memory
    info.JobMemoryLimit = limits.job_memory
    return info


def enter_job(limits: JobLimits) -> int:
    """Create a job with ``limits`` and put this process in it (children inherit it).
    Returns the job handle, which must stay open: closing it kills the tree."""
    if sys.platform != "win32":
        raise OSError("Job Objects exist only on Windows")
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.CreateJobObjectW.restype = ctypes.c_void_p
    kernel32.GetCurrentProcess.restype = ctypes.c_void_p
    kernel32.SetInformationJobObject.argtypes = [ctypes.c_void_p, ctypes.c_int,
                                                 ctypes.c_void_p, ctypes.c_uint32]
    kernel32.AssignProcessToJobObject.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    job = kernel32.CreateJobObjectW(None, None)
    if not job:
        raise ctypes.WinError(ctypes.get_last_error())
    info = limit_information(limits)
    if not kernel32.SetInformationJobObject(job, JOB_OBJECT_EXTENDED_LIMIT_INFORMATION,
                                            ctypes.byref(info), ctypes.sizeof(info)):
        raise ctypes.WinError(ctypes.get_last_error())
    if not kernel32.AssignProcessToJobObject(job, kernel32.GetCurrentProcess()):
        raise ctypes.WinError(ctypes.get_last_error())
    return job


def wrapper_argv(python: str, limits: JobLimits, argv: list[str]) -> list[str]:
    """The command that runs ``argv`` inside a new job with ``limits``."""
    payload = json.dumps({"processes": limits.processes,
                          "process_memory": limits.process_memory,
                          "job_memory": limits.job_memory})
    return [python, "-I", "-S", __file__, payload, "--", *argv]


def main(args: list[str]) -> int:
    limits = JobLimits(**json.loads(args[0]))
    _job = enter_job(limits)  # kept open until we exit; then the kernel kills the tree
    return subprocess.call(args[2:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
