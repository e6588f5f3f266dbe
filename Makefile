# Thin wrapper over CMake so the README can start with two commands.
#   make demo   build (Release), run xxgk over the bundled corpus, write demo/*.html
#   make test   build with ASan+UBSan, regenerate the grammar, run every test
#   make install PREFIX=DIR   install under DIR (default /usr/local)
JOBS ?= 2
BUILD ?= build
TEST_BUILD ?= build-test

.PHONY: all deps demo test build regen clean bench fuzz mutate install

all: build

deps:
	@sh tools/deps.sh

build: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DXXGK_TESTS=OFF >/dev/null
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	@echo "== xxgk check corpus/*.txt: every finding, with its place =="
	@$(BUILD)/xxgk check corpus/*.txt || [ $$? -eq 1 ]  # exit 1: the reports have findings
	@echo
	@echo "== xxgk export: every cell, one record each (first lines) =="
	-@$(BUILD)/xxgk export --format csv corpus/*.txt 2>/dev/null | head -n 12
	@echo "... ($$($(BUILD)/xxgk export --format csv corpus/*.txt 2>/dev/null | wc -l) records in all)"
	@echo
	@echo "== xxgk diff: one agency, two consecutive years (cells changed, cross-year checks) =="
	-@$(BUILD)/xxgk diff corpus/pingtan-2021.txt corpus/pingtan-2022.txt | grep -E '^(  OLD|  NEW|  ~  cell)' | head -n 10
	-@$(BUILD)/xxgk diff corpus/pingtan-2021.txt corpus/pingtan-2022.txt | sed -n '/^checks/,$$p'
	@echo
	@echo "== a page as published: xxgk export on an HTML page (places in the page's own lines) =="
	-@$(BUILD)/xxgk export --format csv tests/input/pingtan-2022.html 2>/dev/null | sed -n '1p;5,8p'
	@echo "== a Word file: the 2021 template filled with pingtan-2021's numbers (tests/input/fill_docx.py) =="
	-@python3 tests/input/fill_docx.py tests/input/template-2021-blank.docx corpus/pingtan-2021.txt $(BUILD)/filled-2021.docx \
	  && $(BUILD)/xxgk text $(BUILD)/filled-2021.docx | sed -n '/^信息内容/,+2p' | head -n 3 \
	  && $(BUILD)/xxgk export --format csv $(BUILD)/filled-2021.docx 2>/dev/null | grep -c ',requests,' | sed 's/$$/ cells of table 三 read from the .docx/'
	@echo
	@echo "== xxgk corpus --stat corpus/ =="
	-@$(BUILD)/xxgk corpus --stat corpus
	@echo
	@echo "== xxgk diff --format html: one page each, no server, no script (docs/html.md) =="
	@mkdir -p demo
	@# exit 1 means the reports differ, which they do; 2 would be trouble
	@$(BUILD)/xxgk diff --format html corpus/pingtan-2021.txt corpus/pingtan-2022.txt > demo/diff.html || [ $$? -eq 1 ]
	@$(BUILD)/xxgk diff --format html corpus/pingtan-2019.txt corpus/pingtan-2021.txt corpus/pingtan-2022.txt > demo/series.html || [ $$? -eq 1 ]
	@echo "wrote $(CURDIR)/demo/diff.html   (Pingtan 2021 -> 2022)"
	@echo "wrote $(CURDIR)/demo/series.html (Pingtan 2019, 2021, 2022, with charts)"
	@echo
	@echo "== xxgk panel corpus --format sqlite demo/panel.db: one row per report =="
	@$(BUILD)/xxgk panel corpus --format sqlite demo/panel.db
	@echo "wrote $(CURDIR)/demo/panel.db (tables reports, cells, diagnostics)"

test: deps
	cmake -S . -B $(TEST_BUILD) -DCMAKE_BUILD_TYPE=Debug -DXXGK_SANITIZE=ON -DXXGK_REGENERATE=ON >/dev/null
	cmake --build $(TEST_BUILD) -j $(JOBS)
	cd $(TEST_BUILD) && ctest --output-on-failure -j $(JOBS)

# The metamorphic harness at full size (docs/metamorphic.md) under ASan and
# UBSan: MUTATE_PER_KIND edits of each kind per corpus report (14: about
# 5,400 mutants). Prints the table per edit kind; the silently wrong, lost,
# crashing or hanging mutants are kept in $(TEST_BUILD)/mutants to replay.
MUTATE_PER_KIND ?= 14
MUTATE_SEED ?= 5
mutate: deps
	cmake -S . -B $(TEST_BUILD) -DCMAKE_BUILD_TYPE=Debug -DXXGK_SANITIZE=ON -DXXGK_REGENERATE=ON >/dev/null
	cmake --build $(TEST_BUILD) --target xxgk_cli -j $(JOBS)
	python3 tests/metamorphic/mutate.py $(TEST_BUILD)/xxgk corpus --per-kind $(MUTATE_PER_KIND) \
	  --seed $(MUTATE_SEED) --kinds all --out $(TEST_BUILD)/mutants

# Install xxgk, libxxgk, <xxgk.h>, xxgk.pc, the CMake package, the man page,
# bash and zsh completions and the docs under PREFIX (DESTDIR for staging).
PREFIX ?= /usr/local
install: build
	DESTDIR=$(DESTDIR) cmake --install $(BUILD) --prefix $(PREFIX)

# Copy freshly generated lexer/parser into generated/ (needs re2c and bison).
regen: deps
	cmake -S . -B $(TEST_BUILD) -DXXGK_REGENERATE=ON >/dev/null
	cmake --build $(TEST_BUILD) --target regen

clean:
	rm -rf $(BUILD) $(TEST_BUILD)

# Benchmark (docs/performance.md): a Release build, a 20,000-report corpus
# in /tmp, timings of cat, check, export, parse and corpus --stat, and the
# linear-cost shapes. BENCH_REPORTS, BENCH_RUNS and BENCH_DIR tune it.
BENCH_BUILD ?= build-bench
bench: deps
	cmake -S . -B $(BENCH_BUILD) -DCMAKE_BUILD_TYPE=Release -DXXGK_TESTS=OFF >/dev/null
	cmake --build $(BENCH_BUILD) -j $(JOBS)
	sh bench/run.sh $(BENCH_BUILD)/xxgk

# libFuzzer over parse, the printers, export, check and diff, then over the
# HTML and .docx front ends (fuzz_input), then over the PDF rows rebuilt
# from pdftotext's XML (fuzz_pdf), each FUZZ_SECONDS (docs/fuzzing.md):
# clang with ASan+UBSan, seeds from the corpus and tests/hostile/, the label
# dictionary. Runs FUZZ_SECONDS (default 60); findings land in
# $(FUZZ_BUILD)/artifacts/ and belong in tests/hostile/.
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 60
# the splitter's own target (fuzz/fuzz_unglue.c) runs after fuzz_parse
UNGLUE_FUZZ_SECONDS ?= 30
# per-input limit: 10 s is 50x the slowest input on an idle machine; a
# long run at nice 19 beside builds wants more (FUZZ_TIMEOUT=60)
FUZZ_TIMEOUT ?= 10
fuzz: deps
	cmake -S . -B $(FUZZ_BUILD) -DCMAKE_C_COMPILER=clang -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DXXGK_SANITIZE=ON -DXXGK_FUZZ=ON -DCMAKE_C_FLAGS=-fsanitize=fuzzer-no-link >/dev/null
	cmake --build $(FUZZ_BUILD) --target fuzz_parse fuzz_input fuzz_unglue -j $(JOBS)
	mkdir -p $(FUZZ_BUILD)/fcorpus $(FUZZ_BUILD)/artifacts
	cp corpus/*.txt tests/hostile/* $(FUZZ_BUILD)/fcorpus/ 2>/dev/null || true
	cp ../shared/seeds/*.txt ../shared/corpus/*.txt $(FUZZ_BUILD)/fcorpus/ 2>/dev/null || true
	$(FUZZ_BUILD)/tests/fuzz_parse -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=$(FUZZ_TIMEOUT) \
	  -rss_limit_mb=2048 -close_fd_mask=3 -print_final_stats=1 -dict=fuzz/xxgk.dict \
	  -artifact_prefix=$(FUZZ_BUILD)/artifacts/ $(FUZZ_BUILD)/fcorpus
	# the front ends: the pages and the .docx of tests/input/
	mkdir -p $(FUZZ_BUILD)/icorpus
	cp tests/input/*.html tests/input/*.docx $(FUZZ_BUILD)/icorpus/
	$(FUZZ_BUILD)/tests/fuzz_input -max_total_time=$(FUZZ_SECONDS) -max_len=300000 -timeout=$(FUZZ_TIMEOUT) \
	  -rss_limit_mb=2048 -close_fd_mask=3 -print_final_stats=1 \
	  -artifact_prefix=$(FUZZ_BUILD)/artifacts/ $(FUZZ_BUILD)/icorpus
	mkdir -p $(FUZZ_BUILD)/ucorpus
	printf '\007\001640020470' > $(FUZZ_BUILD)/ucorpus/row-total
	printf '\017\00210203120001200000' > $(FUZZ_BUILD)/ucorpus/appeals
	printf '\002\00013575394432.52' > $(FUZZ_BUILD)/ucorpus/decimal
	printf '\007\001230 000023' > $(FUZZ_BUILD)/ucorpus/blanks
	$(FUZZ_BUILD)/tests/fuzz_unglue -max_total_time=$(UNGLUE_FUZZ_SECONDS) -max_len=600 -timeout=$(FUZZ_TIMEOUT) \
	  -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix=$(FUZZ_BUILD)/artifacts/ $(FUZZ_BUILD)/ucorpus
	cmake --build $(FUZZ_BUILD) --target fuzz_pdf -j $(JOBS)
	mkdir -p $(FUZZ_BUILD)/pdfcorpus
	cp fuzz/pdf-seeds/* $(FUZZ_BUILD)/pdfcorpus/
	-pdftotext -bbox-layout ../shared/corpus/pdf/huaian-2024.pdf $(FUZZ_BUILD)/pdfcorpus/huaian-2024.xml 2>/dev/null
	$(FUZZ_BUILD)/tests/fuzz_pdf -max_total_time=$(FUZZ_SECONDS) -max_len=262144 -timeout=$(FUZZ_TIMEOUT) \
	  -rss_limit_mb=2048 -print_final_stats=1 -dict=fuzz/pdf.dict \
	  -artifact_prefix=$(FUZZ_BUILD)/artifacts/pdf- $(FUZZ_BUILD)/pdfcorpus
