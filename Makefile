# Thin wrapper over CMake so the README can start with two commands.
#   make demo   build (Release) and run xxgk over the bundled corpus
#   make test   build with ASan+UBSan, regenerate the grammar, run every test
JOBS ?= 2
BUILD ?= build
TEST_BUILD ?= build-test

.PHONY: all deps demo test build regen clean bench fuzz

all: build

deps:
	@sh tools/deps.sh

build: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DXXGK_TESTS=OFF >/dev/null
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	@echo "== xxgk check corpus/*.txt: every finding, with its place =="
	-@$(BUILD)/xxgk check corpus/*.txt
	@echo
	@echo "== xxgk export: every cell, one record each (first lines) =="
	-@$(BUILD)/xxgk export --format csv corpus/*.txt 2>/dev/null | head -n 12
	@echo "... ($$($(BUILD)/xxgk export --format csv corpus/*.txt 2>/dev/null | wc -l) records in all)"
	@echo
	@echo "== xxgk diff: one agency, two consecutive years (cells changed, cross-year checks) =="
	-@$(BUILD)/xxgk diff corpus/pingtan-2021.txt corpus/pingtan-2022.txt | grep -E '^(  OLD|  NEW|  ~  cell)' | head -n 10
	-@$(BUILD)/xxgk diff corpus/pingtan-2021.txt corpus/pingtan-2022.txt | sed -n '/^checks/,$$p'
	@echo
	@echo "== xxgk corpus --stat corpus/ =="
	-@$(BUILD)/xxgk corpus --stat corpus

test: deps
	cmake -S . -B $(TEST_BUILD) -DCMAKE_BUILD_TYPE=Debug -DXXGK_SANITIZE=ON -DXXGK_REGENERATE=ON >/dev/null
	cmake --build $(TEST_BUILD) -j $(JOBS)
	cd $(TEST_BUILD) && ctest --output-on-failure -j $(JOBS)

# Copy freshly generated lexer/parser into generated/ (needs re2c and bison).
regen: deps
	cmake -S . -B $(TEST_BUILD) -DXXGK_REGENERATE=ON >/dev/null
	cmake --build $(TEST_BUILD) --target regen

clean:
	rm -rf $(BUILD) $(TEST_BUILD)
