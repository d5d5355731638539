# Entente's two commands (see README.md), and the steps they are made of.
# Each installs the Debian/Ubuntu packages it needs when they are missing.

CARGO_TARGET_DIR ?= target
export CARGO_TARGET_DIR
APP := $(CARGO_TARGET_DIR)/debug/entente-app

.PHONY: run test deps test-core test-e2e lint fuzz app package test-package test-windows

## Start the desktop app on its default local database.
run:
	scripts/install-system-deps.sh run
	cargo run --locked -p entente-app

## Run every test: every crate but the app, the layers' dependency rules, the
## locale files in Mozilla's parser, the exported Markdown in pandoc and
## markdownlint, the Word documents in python-docx, lints, a short run of
## each fuzz target, the core's and the CLI's tests on Windows (under Wine),
## the end-to-end suite, and the .deb installed and started.
test: deps test-core lint fuzz test-windows test-e2e test-package

deps:
	scripts/install-system-deps.sh test

# Every crate but the desktop app: none of them compiles WebKit.
CRATES := --workspace --exclude entente-app

test-core:
	cargo test --locked $(CRATES)
	scripts/check-layers.sh
	scripts/check-locales-with-mozilla-parser.sh
	scripts/check-exports-with-pandoc-and-markdownlint.sh
	scripts/check-word-with-python-docx.sh

lint:
	cargo fmt --all -- --check
	cargo fmt --manifest-path fuzz/Cargo.toml -- --check
	cargo clippy --locked --all-targets $(CRATES) -- -D warnings

# The core's and the CLI's tests built for Windows and run under Wine.
test-windows: deps
	scripts/test-windows.sh

# The readers of files from outside, 30 seconds each (scripts/fuzz.sh runs
# longer on request).
fuzz:
	scripts/fuzz.sh 30

app: deps
	cargo build --locked -p entente-app

test-e2e: app
	cargo clippy --locked --all-targets -p entente-app -- -D warnings
	cargo test --locked -p entente-app
	tests/e2e/run.sh $(APP)

## Build the .deb and .rpm packages (target/release/bundle/).
package:
	scripts/install-system-deps.sh run
	scripts/package.sh

# Installs the .deb, starts the installed app under the end-to-end driver,
# and removes the package.
test-package: deps package
	scripts/test-package.sh
