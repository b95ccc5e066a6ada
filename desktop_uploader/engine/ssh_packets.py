"""Channel data written as AES-GCM SSH packets with two copies instead of seven.

A big upload is mostly SSH packets of channel data, 32 KiB each. paramiko builds each
one in steps that each copy the whole packet (the message, its bytes, the padded
packet twice, the part to encrypt, the ciphertext, the length put back in front) and
asks the kernel for fresh random padding every time. On a two-core machine where the
server's sshd needs one core, those copies were a sixth of the client's time.

Here a channel's data is handed to the transport as it is (:class:`ChannelData`), and
under AES-GCM it is copied once into a packet buffer and encrypted once into a send
buffer, both kept for the next packet. Any other message, or a cipher other than
AES-GCM, goes through paramiko's own path unchanged: ``ChannelData.asbytes()`` is the
message paramiko would have built.

What paramiko still does: the channel's window (``Channel.lock``,
``Channel._wait_for_send_window``), waiting while keys are renewed
(``Transport._send_user_message``, which ends in ``Transport._send_message``, the one
method :class:`Transport` overrides), and the socket writes (``Packetizer.write_all``).
What this module does in its place, under the packetizer's write lock, as
``Packetizer.send_message`` does: the packet's layout and padding (RFC 4253 and 5647),
the encryption with the current key and nonce, the next nonce, the sequence number, and
the byte and packet counts that make paramiko renew the keys. Those are name-mangled
attributes of ``paramiko.packet.Packetizer``, tested with paramiko 5.1 (the project
pins the range); when one is missing, every packet takes paramiko's path.
"""

from __future__ import annotations

import logging
import os
import socket
import struct
from typing import NamedTuple

import paramiko
from paramiko.common import MSG_CHANNEL_DATA, xffffffff

log = logging.getLogger(__name__)

# The packetizer's state this module reads and writes (``_Packetizer__`` + name).
_STATE = (
    "write_lock",
    "block_engine_out",
    "aead_out",
    "compress_engine_out",
    "dump_packets",
    "iv_out",
    "sequence_number_out",
    "sent_bytes",
    "sent_packets",
    "need_rekey",
    "received_bytes_overflow",
    "received_packets_overflow",
)
# The attribute names as Python stores them inside Packetizer.
_MANGLED = {name: f"_Packetizer__{name}" for name in _STATE}
# Message type, recipient channel, data length: what comes before the data.
_MESSAGE_START = struct.Struct(">BII")
# The packet's length and its padding's, then the message's start.
_PACKET_START = struct.Struct(">IBBII")
_LENGTH = 4
_AES_BLOCK = 16
_GCM_TAG = 16
# Random padding is drawn from a pool filled by the OS's generator, a few hundred
# packets at a time, not one system call per packet.
_PADDING_POOL_BYTES = 4096


class ChannelData(NamedTuple):
    """One SSH_MSG_CHANNEL_DATA message: the recipient's channel number and the bytes."""

    channel_id: int
    data: memoryview

    def asbytes(self) -> bytes:
        """The message as paramiko's ``Channel.send`` builds it (its own path uses this)."""
        start = _MESSAGE_START.pack(MSG_CHANNEL_DATA, self.channel_id, len(self.data))
        return start + bytes(self.data)


def send(channel: paramiko.Channel, data: memoryview) -> int:
    """Send the first bytes of ``data`` that fit one SSH packet and the channel's window.

    Like ``Channel.send``: waits for the window as long as the channel's timeout, and
    returns how many bytes were taken, 0 when the channel is closed or at its end.

    Raises:
        OSError: the channel was closed before the call.
        socket.timeout: the window stayed shut for the channel's timeout.
        EOFError, paramiko.SSHException: the connection failed.
    """
    with channel.lock:
        if channel.closed:
            raise OSError("Socket is closed")
        size = channel._wait_for_send_window(len(data))
    if size:
        message = ChannelData(channel.remote_chanid, data[:size])
        channel.transport._send_user_message(message)
    return size


class Transport(paramiko.Transport):
    """A paramiko transport that writes :class:`ChannelData` packets itself under
    AES-GCM; everything else, as paramiko does."""

    def __init__(self, sock: socket.socket) -> None:
        super().__init__(sock)
        self._channel_writer = _AesGcmWriter.for_packetizer(self.packetizer)

    def _send_message(self, data: object) -> None:
        writer = self._channel_writer
        if isinstance(data, ChannelData) and writer is not None and writer.ready():
            writer.write(data)
        else:
            super()._send_message(data)


class _AesGcmWriter:
    """Writes channel data packets on one packetizer, as ``Packetizer.send_message``
    would, when the outbound cipher is AES-GCM with nothing in between."""

    def __init__(self, packetizer: paramiko.Packetizer) -> None:
        self._packetizer = packetizer
        self._plain = bytearray()
        self._sealed = bytearray()
        self._padding = b""
        self._padding_used = 0

    @classmethod
    def for_packetizer(cls, packetizer: paramiko.Packetizer) -> _AesGcmWriter | None:
        missing = [name for name in _STATE if not hasattr(packetizer, _MANGLED[name])]
        if missing:
            log.debug("paramiko's own packet writer for all data: no %s", ", ".join(missing))
            return None
        return cls(packetizer)

    def _state(self, name: str) -> object:
        return getattr(self._packetizer, _MANGLED[name])

    def _set_state(self, name: str, value: object) -> None:
        setattr(self._packetizer, _MANGLED[name], value)

    def ready(self) -> bool:
        """Whether the current outbound cipher is one this writer handles."""
        engine = self._state("block_engine_out")
        return (
            bool(self._state("aead_out"))
            and hasattr(engine, "encrypt_into")
            and self._state("compress_engine_out") is None
            and not self._state("dump_packets")
        )

    def write(self, message: ChannelData) -> None:
        """Build, encrypt and send one packet, then count it as paramiko would.

        Raises:
            EOFError: the socket failed (as ``Packetizer.write_all`` raises it).
        """
        packetizer = self._packetizer
        with self._state("write_lock"):
            # The key and nonce are read under the lock: a key renewal replaces them.
            packet = self._seal(message)
            sequence_number = self._state("sequence_number_out")
            self._set_state("sequence_number_out", (sequence_number + 1) & xffffffff)
            packetizer.write_all(packet)
            self._count(len(packet))

    def _seal(self, message: ChannelData) -> memoryview:
        """The encrypted packet, a view of the send buffer."""
        size = len(message.data)
        payload = _MESSAGE_START.size + size
        # Padding makes what is encrypted (padding length, payload, padding) a whole
        # number of AES blocks; at least 4 bytes (RFC 4253 section 6).
        padding = 3 + _AES_BLOCK - ((payload + _LENGTH) % _AES_BLOCK)
        body = 1 + payload + padding
        plain = self._buffer("_plain", _LENGTH + body)
        start = _PACKET_START
        start.pack_into(plain, 0, body, padding, MSG_CHANNEL_DATA, message.channel_id, size)
        data_end = start.size + size
        plain[start.size : data_end] = message.data
        plain[data_end : data_end + padding] = self._random_padding(padding)
        sealed = self._buffer("_sealed", _LENGTH + body + _GCM_TAG)
        # The packet length goes in clear as the associated data (RFC 5647 section 7.3).
        sealed[:_LENGTH] = plain[:_LENGTH]
        nonce = self._state("iv_out")
        self._state("block_engine_out").encrypt_into(
            nonce, plain[_LENGTH : _LENGTH + body], plain[:_LENGTH], sealed[_LENGTH:]
        )
        self._set_state("iv_out", self._packetizer._inc_iv_counter(nonce))
        return sealed

    def _buffer(self, name: str, size: int) -> memoryview:
        """A view of ``size`` bytes of one of the kept buffers, grown when too small."""
        buffer: bytearray = getattr(self, name)
        if len(buffer) < size:
            buffer = bytearray(size)
            setattr(self, name, buffer)
        return memoryview(buffer)[:size]

    def _random_padding(self, size: int) -> bytes:
        if self._padding_used + size > len(self._padding):
            self._padding = os.urandom(_PADDING_POOL_BYTES)
            self._padding_used = 0
        start = self._padding_used
        self._padding_used += size
        return self._padding[start : start + size]

    def _count(self, sent: int) -> None:
        """Count the packet toward the key's limits; ask for new keys once past them."""
        packetizer = self._packetizer
        sent_bytes = self._state("sent_bytes") + sent
        sent_packets = self._state("sent_packets") + 1
        self._set_state("sent_bytes", sent_bytes)
        self._set_state("sent_packets", sent_packets)
        over = sent_packets >= packetizer.REKEY_PACKETS or sent_bytes >= packetizer.REKEY_BYTES
        if over and not self._state("need_rekey"):
            log.debug("Renewing keys after %d packets, %d bytes", sent_packets, sent_bytes)
            self._set_state("received_bytes_overflow", 0)
            self._set_state("received_packets_overflow", 0)
            packetizer._trigger_rekey()
