# SPDX-License-Identifier: GPL-3.0-or-later
# Thin wrapper: every target installs what is missing, configures with a preset and builds with Ninja.
PRESET ?= release
BUILD  := build/$(PRESET)
JOBS   ?= 2

.PHONY: all deps configure build run test bench clean

all: build

deps:
	@packaging/install-deps.sh

$(BUILD)/build.ninja: | deps
	cmake --preset $(PRESET)

configure: deps $(BUILD)/build.ninja

build: configure
	cmake --build $(BUILD) -j $(JOBS)

run: build
	$(BUILD)/app/yardstick $(BUILD)/resources/sample.yardstick

test: build
	cd $(BUILD) && ctest --no-tests=error --output-on-failure -j $(JOBS)

bench: build
	$(BUILD)/bench/yardstick-bench

clean:
	rm -rf build
