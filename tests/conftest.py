"""Test configuration: hypothesis settings profiles.

``ci`` (the default when the CI environment variable is set) keeps the run short and
derandomized so a red build is reproducible; ``dev`` is the default otherwise; ``thorough``
is for a long hunt: ``HYPOTHESIS_PROFILE=thorough pytest``.
"""

import os

from hypothesis import HealthCheck, settings

# 40 examples: every property still meets varied inputs on each run, and CI stays at a few
# minutes; the dev and thorough profiles search wider.
settings.register_profile(
    "ci", max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile("thorough", max_examples=2000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))
