"""Running scripts/qgis_process from a test as a user runs it from a shell: in a QGIS profile of
its own, optionally with a file-size limit (what a full disk does to a write: EFBIG, the process
going on), or killed at a chosen moment. Shared by the tests of every algorithm."""
import os
import resource
import signal
import subprocess
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCRIPT = os.path.join(REPO, "scripts", "qgis_process")
_CLEARED = ("PYTHONPATH", "PROJ_DATA", "PROJ_LIB", "QT_QPA_PLATFORM", "QGIS_CUSTOM_CONFIG_PATH")


def environment(profile, language=None):
    env = {k: v for k, v in os.environ.items() if k not in _CLEARED}
    env["ZONING_QGIS_PROFILE"] = str(profile)
    if language:
        env["LC_ALL"] = env["LANG"] = language
    return env


def arguments(algorithm, parameters):
    """qgis_process's command line for `algorithm` with {name: value} (lists give repeated names)."""
    args = ["run", algorithm, "--"]
    for name, value in parameters.items():
        for item in value if isinstance(value, (list, tuple)) else [value]:
            args.append(f"{name}={item}")
    return args


def _limited(file_size):
    def limit():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)      # a write past the limit fails with EFBIG
        resource.setrlimit(resource.RLIMIT_FSIZE, (file_size, file_size))
    return limit


def run(profile, algorithm, parameters, file_size=None, timeout=300, language=None):
    """subprocess.CompletedProcess of one qgis_process run; `file_size` (bytes) limits every file
    the process writes, as a full disk would."""
    return subprocess.run([SCRIPT, *arguments(algorithm, parameters)], env=environment(profile, language),
                          capture_output=True, text=True, errors="replace", timeout=timeout,
                          preexec_fn=_limited(file_size) if file_size else None)


def run_killed(profile, algorithm, parameters, after_seconds):
    """Start a run and SIGKILL it (the whole process group) after `after_seconds`; the return code."""
    process = subprocess.Popen([SCRIPT, *arguments(algorithm, parameters)], env=environment(profile),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        process.wait(timeout=after_seconds)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    return process.returncode


def wait_for_file(path, timeout=60):
    end = time.monotonic() + timeout
    while time.monotonic() < end and not os.path.exists(path):
        time.sleep(0.05)
    return os.path.exists(path)
