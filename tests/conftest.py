"""Test configuration: hypothesis settings profiles.

``dev`` (the default) and ``ci`` (the default when the CI environment variable is set)
draw the same number of examples, so the README's test command takes about CI's time;
``ci`` is also derandomized, so a red build is reproducible, while ``dev`` draws new
examples on every run. ``thorough`` is for a long hunt, one variable away:
``HYPOTHESIS_PROFILE=thorough python -m pytest``.
"""

import os

from hypothesis import HealthCheck, settings

# 40 examples: every property still meets varied inputs on each run, and the suite stays
# at a few minutes; the thorough profile searches fifty times wider.
settings.register_profile(
    "ci", max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", max_examples=2000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))
