#!/bin/sh
# Image entry point: runs `coach` with the given arguments; a bare `run` becomes a webhook worker when PUBLIC_WEBHOOK_URL is set.
set -eu

if [ "$#" -eq 1 ] && [ "$1" = "run" ] && [ -n "${PUBLIC_WEBHOOK_URL:-}" ]; then
    set -- run --webhook "$PUBLIC_WEBHOOK_URL"
fi

# exec: coach takes the shell's place as PID 1, so `docker stop`'s SIGTERM reaches it and it shuts down cleanly.
exec coach "$@"
