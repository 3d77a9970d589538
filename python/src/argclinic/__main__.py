"""`python -m argclinic`: the same as the `argclinic` command."""

import sys

from ._launcher import main

sys.exit(main())
