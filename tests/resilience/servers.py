"""Real servers for the outage tests: a redis-server on a TCP port that can be stopped and started again."""

import os
import shutil
import socket
import subprocess
import time

import pytest

REDIS_SERVER = os.environ.get("KEDE_REDIS_SERVER", "/usr/bin/redis-server")


def free_port() -> int:
    """A TCP port on 127.0.0.1 where nothing listens (bound for a moment, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def require(program, package):
    if not shutil.which(program):
        message = f"{program} not found (apt-get install {package})"
        if os.environ.get("CI"):
            pytest.fail(message + " — CI must run the outage tests", pytrace=False)
        pytest.skip(message)


class RedisServer:
    """``start()``, ``stop()`` and ``start()`` again on the same port."""

    def __init__(self, directory):
        require(REDIS_SERVER, "redis-server")
        self.directory = directory
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            [REDIS_SERVER, "--bind", "127.0.0.1", "--port", str(self.port), "--save", "", "--appendonly", "no"],
            cwd=self.directory,
            stdout=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2) as connection:
                    connection.sendall(b"PING\r\n")
                    if connection.recv(16).startswith(b"+PONG"):
                        return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop(self):
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None
