"""Test helpers shared by the suites: a private sshd, a fault proxy, keyrings, waiting.

pytest puts ``tests/`` on ``sys.path`` (it holds the root conftest and no
``__init__.py``), so tests import these as ``support.sshd``, ``support.fault_proxy``...
"""
