#!/usr/bin/env bash
# Builds the Linux installers for THIS machine's CPU in the glibc 2.28 container.
# Run it on an x64 machine for x64 and on an arm64 machine (e.g. a Kylin/UOS arm64 PC or an
# arm64 server) for arm64; it refuses emulation, which would build natives for the wrong CPU.
set -euo pipefail
cd "$(dirname "$0")/../.."
case "$(uname -m)" in
  x86_64) arch=amd64 ;;
  aarch64) arch=arm64 ;;
  *) echo "本机 CPU $(uname -m) 不是发布平台（x64 或 arm64）" >&2; exit 2 ;;
esac
docker build --platform "linux/${arch}" -t "luoshi-build:${arch}" build/linux
# node_modules of the host would be the host's binaries: the container installs its own.
docker run --rm --platform "linux/${arch}" -v "$PWD:/src" -v luoshi-node-modules-${arch}:/src/node_modules "luoshi-build:${arch}"
