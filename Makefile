# Bevan — every entry point a developer or CI needs. `make test` and `make demo` set up whatever is missing first.
SHELL := /usr/bin/env bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

NODE_BIN := $(CURDIR)/node_modules/@foundry-rs
FORGE    := $(NODE_BIN)/forge-linux-amd64/bin/forge
ANVIL    := $(NODE_BIN)/anvil-linux-amd64/bin/anvil
export PATH := $(NODE_BIN)/forge-linux-amd64/bin:$(NODE_BIN)/anvil-linux-amd64/bin:$(NODE_BIN)/cast-linux-amd64/bin:$(PATH)
export BEVAN_ANVIL := $(ANVIL)

GO_TEST_FLAGS ?= -timeout 25m
BIN := bin/bevan

.PHONY: help setup tools services build contracts bindings graphql graphiql webapp docs generate check-generated test test-contracts test-go \
        lint fmt snapshot snapshot-check ci demo bench-gas clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-18s %s\n", $$1, $$2}'

setup: tools node_modules/.installed go.sum.downloaded ## install npm packages (Foundry, solc, OpenZeppelin) and Go modules; idempotent

tools:
	@scripts/ensure-tools.sh

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

go.sum.downloaded: go.mod go.sum
	go mod download
	@touch $@

services: ## start PostgreSQL and Redis for the tests when they are installed but stopped (installs them as root via apt when absent)
	@scripts/ensure-services.sh

contracts: setup ## compile the contracts
	$(FORGE) build

bindings: contracts ## regenerate the Go bindings from the forge artifacts
	go run ./scripts/bindgen -out out -dir bindings

graphql: setup ## regenerate the gqlgen code
	@if [ -f graphql/gqlgen.yml ]; then cd graphql && go tool gqlgen generate --config gqlgen.yml && \
	  sed -i -e 's/graphql\.MarshalSliceConcurrently(/marshalSlice(/' -e 's/ec\._Consent(/ec.fastConsent(/' \
	    -e 's/ec\.marshalNConsentEdge2ᚕᚖgithubᚗcomᚋbevanᚑhealthᚋbevanᚋgraphqlᚐConsentEdgeᚄ(/ec.fastConsentEdges(/' \
	    -e 's/^\t\t\tvar buf bytes\.Buffer$$/\t\t\tbuf := ec.answerBuffer(ctx)/' \
	    -e 's/^\t\t\tresponse\.Data = buf\.Bytes()$$/\t\t\tresponse.Data = ec.answerBytes(ctx, \&buf)/' generated.go; fi
	@# lists marshalled without a goroutine per element (graphql/marshal.go), consents without per-field resolution
	@# (graphql/fastmarshal.go; it falls back to the generated functions whose calls these lines redirect), and a
	@# query's answer into a pooled buffer (graphql/answer.go)

docs: setup ## regenerate docs/cli.md, the command-line reference, from the urfave/cli app (run it after changing a flag)
	go test ./cmd/bevan -run '^TestCLIReference$$' -count=1 -args -update-cli-doc

GRAPHIQL_ASSETS := graphql/graphiql/assets
graphiql: setup ## copy GraphiQL and React (npm, pinned in package-lock.json) into graphql/graphiql/assets, which go:embed serves
	@mkdir -p $(GRAPHIQL_ASSETS)
	cp node_modules/graphiql/graphiql.min.js node_modules/graphiql/graphiql.min.css $(GRAPHIQL_ASSETS)/
	cp node_modules/graphiql/LICENSE $(GRAPHIQL_ASSETS)/LICENSE.graphiql
	cp node_modules/react/umd/react.production.min.js node_modules/react-dom/umd/react-dom.production.min.js $(GRAPHIQL_ASSETS)/
	cp node_modules/react/LICENSE $(GRAPHIQL_ASSETS)/LICENSE.react

webapp: setup ## type-check and build the web app (TypeScript, Preact, viem, nhsuk-frontend from npm, pinned) into webapp/dist, which go:embed serves
	node_modules/.bin/tsc -p webapp/tsconfig.json
	node webapp/build.mjs

generate: bindings graphql graphiql webapp docs ## regenerate every generated file

check-generated: generate ## fail when generated code differs from what is checked in
	@if ! git diff --quiet -- bindings graphql docs/cli.md webapp/dist webapp/testdata || [ -n "$$(git ls-files --others --exclude-standard -- bindings graphql webapp/dist webapp/testdata)" ]; then \
	  echo "generated code is out of date: run 'make generate' and commit" >&2; git status --short -- bindings graphql docs/cli.md webapp/dist webapp/testdata >&2; exit 1; fi

build: setup ## build the contracts and bin/bevan
	$(FORGE) build
	go build -o $(BIN) ./cmd/bevan

test: setup services test-contracts test-go ## run every test (contracts and Go)

test-contracts: setup ## forge tests (unit, fuzz, invariants); FOUNDRY_PROFILE=ci for 10,000 fuzz runs
	$(FORGE) test

test-go: setup ## Go tests (simulated chain, anvil, PostgreSQL, Redis)
	go build -o $(BIN) ./cmd/bevan
	go test $(GO_TEST_FLAGS) ./...

lint: setup ## gofmt, go vet, forge fmt --check, forge lint and solhint on the contracts (docs/lint.md)
	@out=$$(gofmt -l $$(git ls-files '*.go' | grep -v '^bindings/')); if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	go vet ./...
	$(FORGE) fmt --check
	$(FORGE) lint --deny notes contracts/src
	node_modules/.bin/solhint --config .solhint.json --disc 'contracts/src/**/*.sol'

fmt: setup ## format Go and Solidity
	gofmt -w $$(git ls-files '*.go' | grep -v '^bindings/')
	$(FORGE) fmt

snapshot: setup ## rewrite .gas-snapshot (from a clean build: stale artifacts in out/ and cache/ change the fuzz inputs, so the figures a clean clone checks)
	$(FORGE) clean
	$(FORGE) snapshot

snapshot-check: setup ## fail when gas differs from .gas-snapshot
	$(FORGE) snapshot --check

ci: setup services lint check-generated snapshot-check ## what .ci/run runs
	FOUNDRY_PROFILE=ci $(MAKE) test-contracts
	BEVAN_DISCLOSURE_CASES=10000 $(MAKE) test-go

demo: setup ## the whole stack on a local devnet, with the scripted demo
	@scripts/ensure-tools.sh --demo
	go build -o $(BIN) ./cmd/bevan
	$(BIN) devnet --demo --demo.population 200 $(DEMO_FLAGS)

bench-gas: build ## whole-transaction gas of every user operation, on a fresh devnet
	$(BIN) bench gas

clean: ## remove build outputs
	rm -rf out cache bin node_modules/.installed go.sum.downloaded
