"""Which Host headers `build.py serve` answers.

The Host header must name this server, as in webpack-dev-server and Vite: otherwise any web
page the reader visits could read the development site through DNS rebinding. Accepted are
localhost, 127.0.0.1, [::1] and the address served, with any port (an SSH tunnel may change
it); when bound to every interface, also this machine's own names and addresses. A request
without Host (HTTP/1.0) is accepted.
"""

from __future__ import annotations

import ipaddress
import logging
import re
import socket
import struct
import sys
from pathlib import Path

log = logging.getLogger(__name__)

LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "[::1]")
ALL_INTERFACES = ("", "0.0.0.0", "::")
HOST_HEADER = re.compile(r"(\[[0-9a-f:.]+\]|[a-z0-9._-]+)(?::\d{1,5})?")
#: Linux's ioctl number for an interface's IPv4 address.
SIOCGIFADDR = 0x8915


def accepted_hosts(host: str) -> frozenset[str]:
    """The Host names the server answers: loopback and `host`; on every interface, also this
    machine's own names and addresses (logged, so the user knows what to type on a phone)."""
    if host not in ALL_INTERFACES:
        return frozenset({*LOOPBACK_HOSTS, normalise_host(host)})
    own = sorted({normalise_host(address) for address in own_addresses()} - set(LOOPBACK_HOSTS))
    log.info("serving on every interface; accepting Host: %s", ", ".join([*LOOPBACK_HOSTS, *own]))
    return frozenset({*LOOPBACK_HOSTS, *own})


def own_addresses() -> set[str]:
    """This machine's host name and the addresses it resolves to or its interfaces hold."""
    hostname = socket.gethostname()
    names = {hostname}
    try:
        name, aliases, addresses = socket.gethostbyname_ex(hostname)
        names.update([name, *aliases, *addresses])
    except OSError:
        log.debug("serve: %s does not resolve", hostname)
    return names | interface_addresses()


def interface_addresses() -> set[str]:
    """The IPv4 and IPv6 addresses of this machine's interfaces, where Linux tells them
    without extra packages (elsewhere, an empty set)."""
    if not sys.platform.startswith("linux"):
        return set()
    addresses = set()
    try:
        lines = Path("/proc/net/if_inet6").read_text(encoding="ascii").splitlines()
        addresses.update(str(ipaddress.IPv6Address(bytes.fromhex(line[:32]))) for line in lines)
    except (OSError, ValueError):
        pass
    return addresses | _ipv4_interface_addresses()


def _ipv4_interface_addresses() -> set[str]:
    import fcntl

    addresses = set()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        for _, name in socket.if_nameindex():
            request = struct.pack("256s", name.encode("utf-8")[:15])
            try:
                answer = fcntl.ioctl(probe.fileno(), SIOCGIFADDR, request)
            except OSError:
                continue  # an interface without an IPv4 address
            addresses.add(socket.inet_ntoa(answer[20:24]))
    return addresses


def normalise_host(name: str) -> str:
    """A host name or address as compared with a Host header: lower case, no trailing dot,
    IP addresses in canonical form, IPv6 in brackets."""
    name = name.strip().lower().rstrip(".")
    try:
        address = ipaddress.ip_address(name.removeprefix("[").removesuffix("]").split("%")[0])
    except ValueError:
        return name
    return f"[{address.compressed}]" if address.version == 6 else address.compressed


def host_accepted(header: str | None, hosts: frozenset[str]) -> bool:
    """Whether a Host header names this server (a missing one, as in HTTP/1.0, does)."""
    if header is None:
        return True
    match = HOST_HEADER.fullmatch(header.strip().lower())
    return match is not None and normalise_host(match[1]) in hosts


def rejected_host(header: str, port: int) -> str:
    """The answer to a request whose Host is not this server."""
    return (
        f"Host {header!r} is not this server: refused, as a web page could otherwise read the"
        f" development site through DNS rebinding. Open http://127.0.0.1:{port}/ instead, or"
        " serve with --host 0.0.0.0 to reach it from another device.\n"
    )
