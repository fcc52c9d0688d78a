"""A minimal SMTP server for the benches: it accepts every message, discards it and counts messages and bytes.

aiosmtpd parses every command and message in Python and costs about 1.8 ms of CPU per message; this sink only looks
for the end of each message, so the bench measures kumppani rather than the test server. It speaks what Django's
SMTP backend uses (EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT) and advertises
8BITMIME, which the sender uses for its plain-text and HTML parts. It does not advertise PIPELINING: smtplib waits
for each reply anyway, so it would change nothing.

    python bench/smtp_sink.py PORT REPORT_FILE

runs until SIGTERM, then writes {"messages": …, "bytes": …} to REPORT_FILE. Several may share a port (SO_REUSEPORT).
"""

from __future__ import annotations

import asyncio
import json
import signal
import socket
import sys
from pathlib import Path

END_OF_DATA = b"\r\n.\r\n"
MAX_LINE = 4096  # a command line longer than this is refused
EHLO_REPLY = b"250-sink\r\n250 8BITMIME\r\n"


class Counts:
    def __init__(self) -> None:
        self.messages = 0
        self.bytes = 0


class SinkProtocol(asyncio.Protocol):
    """One client connection: commands line by line, then message data up to the line holding only a dot."""

    def __init__(self, counts: Counts):
        self.counts = counts
        self.buffer = b""
        self.in_data = False
        self.data_bytes = 0
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        transport.write(b"220 sink ESMTP\r\n")

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while self.buffer and self.transport is not None:
            if self.in_data:
                if not self._take_data():
                    return
            elif not self._take_command():
                return

    def _take_data(self) -> bool:
        """Discard message data; True once the end of the message was found. The data began after a CRLF (the
        354 reply), so "\\r\\n" is put in front to find a message that is only the closing dot."""
        end = (b"\r\n" + self.buffer if self.data_bytes == 0 else self.buffer).find(END_OF_DATA)
        if end < 0:
            keep = len(END_OF_DATA) - 1  # the terminator may be split across two reads
            self.data_bytes += max(len(self.buffer) - keep, 0)
            self.buffer = self.buffer[-keep:]
            return False
        end -= 2 if self.data_bytes == 0 else 0
        self.counts.messages += 1
        self.counts.bytes += self.data_bytes + max(end, 0)
        self.buffer = self.buffer[end + len(END_OF_DATA):]
        self.in_data, self.data_bytes = False, 0
        self._reply(b"250 OK queued\r\n")
        return True

    def _take_command(self) -> bool:
        line_end = self.buffer.find(b"\r\n")
        if line_end < 0:
            if len(self.buffer) > MAX_LINE:
                self._reply(b"500 Line too long\r\n")
                self.buffer = b""
            return False
        line, self.buffer = self.buffer[:line_end], self.buffer[line_end + 2:]
        self._command(line[:4].upper())
        return True

    def _command(self, verb: bytes) -> None:
        if verb == b"EHLO":
            self._reply(EHLO_REPLY)
        elif verb in (b"HELO", b"MAIL", b"RCPT", b"RSET", b"NOOP"):
            self._reply(b"250 OK\r\n")
        elif verb == b"DATA":
            self.in_data, self.data_bytes = True, 0
            self._reply(b"354 End data with <CR><LF>.<CR><LF>\r\n")
        elif verb == b"QUIT":
            self._reply(b"221 Bye\r\n")
            if self.transport is not None:
                self.transport.close()
            self.transport = None
        else:
            self._reply(b"502 Command not implemented\r\n")

    def _reply(self, reply: bytes) -> None:
        if self.transport is not None:
            self.transport.write(reply)


def serve(port: int, report_file: Path) -> None:
    counts = Counts()
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    listener.bind(("127.0.0.1", port))
    loop = asyncio.new_event_loop()
    server = loop.run_until_complete(loop.create_server(lambda: SinkProtocol(counts), sock=listener, backlog=128))
    loop.add_signal_handler(signal.SIGTERM, loop.stop)
    loop.run_forever()
    server.close()
    report_file.write_text(json.dumps({"messages": counts.messages, "bytes": counts.bytes}))


if __name__ == "__main__":
    serve(int(sys.argv[1]), Path(sys.argv[2]))
