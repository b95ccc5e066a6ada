"""Benchmarks of the upload engine against OpenSSH's sftp and scp on a loopback sshd."""
