"""Our channel data packets against paramiko's own SSH server over an in-memory socket.

paramiko's server decrypts and checks every packet: a wrong nonce, sequence, padding or
length ends the connection. The integration tests prove the same against OpenSSH
(``test_engine_upload.py``: key renewals asked by either side).
"""

from __future__ import annotations

import hashlib
import socket
import threading

import paramiko
import pytest
from support.paramiko_server import AnyLogin

from desktop_uploader.engine import ssh_packets

GCM = "aes128-gcm@openssh.com"
CTR = "aes128-ctr"
MIB = 1024 * 1024


class _Received:
    """Reads everything the server's end of the channel receives, on a thread."""

    def __init__(self, channel: paramiko.Channel, expected: int) -> None:
        self.digest = hashlib.sha256()
        self.count = 0
        self._channel = channel
        self._expected = expected
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        while self.count < self._expected:
            data = self._channel.recv(MIB)
            if not data:
                return
            self.digest.update(data)
            self.count += len(data)

    def wait(self) -> _Received:
        self._thread.join(30)
        return self


@pytest.fixture
def channel_pair():
    """A client channel on our transport and the server's end, with one cipher."""
    opened: list[paramiko.Transport] = []

    def make(cipher: str) -> tuple[paramiko.Channel, paramiko.Channel]:
        ours, theirs = socket.socketpair()
        server = paramiko.Transport(theirs)
        server.add_server_key(paramiko.ECDSAKey.generate())
        server.start_server(event=threading.Event(), server=AnyLogin())
        client = ssh_packets.Transport(ours)
        opened.extend((client, server))
        client.get_security_options().ciphers = (cipher,)
        client.connect(username="analyst", password="x")
        channel = client.open_session()
        channel.settimeout(10)
        return channel, server.accept(10)

    yield make
    for transport in opened:
        transport.close()


def _send_all(channel: paramiko.Channel, data: bytes) -> None:
    view = memoryview(data)
    while view:
        sent = ssh_packets.send(channel, view)
        assert sent > 0
        view = view[sent:]


def _payload(size: int) -> bytes:
    # Not a repeating pattern of any packet's length: a misplaced byte shows.
    return hashlib.shake_128(b"channel data").digest(size)


def _count_writes(monkeypatch) -> list[int]:
    """How many bytes of data each packet of our own writer carried."""
    sizes: list[int] = []
    write = ssh_packets._AesGcmWriter.write

    def counted(self, message: ssh_packets.ChannelData) -> None:
        sizes.append(len(message.data))
        write(self, message)

    monkeypatch.setattr(ssh_packets._AesGcmWriter, "write", counted)
    return sizes


@pytest.mark.parametrize("size", [0, 1, 15, 16, 17, 32_000, 32_759, 32_768, 5 * MIB + 3])
def test_data_sent_under_gcm_arrives_whole_through_our_writer(channel_pair, monkeypatch, size):
    ours, theirs = channel_pair(GCM)
    data = _payload(size)
    received = _Received(theirs, size)
    written = _count_writes(monkeypatch)

    _send_all(ours, data)

    assert received.wait().count == size
    assert received.digest.digest() == hashlib.sha256(data).digest()
    assert sum(written) == size
    assert all(n <= ours.out_max_packet_size - 64 for n in written)


def test_under_another_cipher_paramiko_writes_the_same_bytes(channel_pair, monkeypatch):
    ours, theirs = channel_pair(CTR)
    data = _payload(MIB + 5)
    received = _Received(theirs, len(data))
    written = _count_writes(monkeypatch)

    _send_all(ours, data)

    assert received.wait().digest.digest() == hashlib.sha256(data).digest()
    assert written == []


def test_keys_renewed_in_the_middle_of_the_data_keep_it_whole(channel_pair, monkeypatch):
    # paramiko asks for new keys after this many bytes (512 MiB by default); each
    # renewal replaces the key and the nonce our writer reads.
    monkeypatch.setattr(paramiko.Packetizer, "REKEY_BYTES", MIB)
    ours, theirs = channel_pair(GCM)
    keys_seen = []
    data = _payload(6 * MIB)
    received = _Received(theirs, len(data))

    view = memoryview(data)
    while view:
        sent = ssh_packets.send(ours, view)
        view = view[sent:]
        engine = ours.transport.packetizer._Packetizer__block_engine_out
        if not keys_seen or keys_seen[-1] is not engine:
            keys_seen.append(engine)

    assert received.wait().digest.digest() == hashlib.sha256(data).digest()
    assert len(keys_seen) >= 3


def test_channel_data_is_the_message_paramiko_builds():
    data = memoryview(b"requests")
    message = paramiko.Message()
    message.add_byte(paramiko.common.cMSG_CHANNEL_DATA)
    message.add_int(7)
    message.add_string(data)

    assert ssh_packets.ChannelData(7, data).asbytes() == message.asbytes()


def test_a_paramiko_without_the_state_we_read_writes_everything_itself(channel_pair, monkeypatch):
    monkeypatch.setitem(ssh_packets._MANGLED, "iv_out", "_Packetizer__renamed_in_a_release")
    ours, theirs = channel_pair(GCM)
    data = _payload(MIB)
    received = _Received(theirs, len(data))
    written = _count_writes(monkeypatch)

    _send_all(ours, data)

    assert received.wait().digest.digest() == hashlib.sha256(data).digest()
    assert written == []


def test_the_installed_paramiko_takes_our_writer():
    # A paramiko release that renames what we read would silently lose the fast path;
    # this says so instead.
    ours, _ = socket.socketpair()
    transport = ssh_packets.Transport(ours)
    try:
        assert transport._channel_writer is not None
    finally:
        transport.close()


def test_a_closed_channel_is_refused_like_paramikos_own(channel_pair):
    ours, _ = channel_pair(GCM)
    ours.close()

    with pytest.raises(OSError):
        ssh_packets.send(ours, memoryview(b"late"))
