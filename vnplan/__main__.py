import sys

from vnplan.cli import main

sys.exit(main())
