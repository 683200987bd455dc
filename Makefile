# SPDX-License-Identifier: GPL-3.0-or-later
# Thin wrapper: every target installs what is missing, configures with a preset and builds with Ninja.
PRESET ?= release
BUILD  := build/$(PRESET)
JOBS   ?= 2

.PHONY: all deps configure build run test bench clean translations package package-check

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

# Refreshes resources/translations/*.ts from the sources (then translate them in Qt Linguist).
translations: configure
	cmake --build $(BUILD) --target update_translations

# The Debian package, in $(BUILD)/: yardstick_<version>_<arch>.deb
package: build
	cmake --build $(BUILD) --target package

# Installs the package into a fresh Debian 12 root (debootstrap; needs root and the Debian mirror)
# and runs it there. Slow: not part of `make test`.
package-check: package
	packaging/check-package.sh $(BUILD)

clean:
	rm -rf build
